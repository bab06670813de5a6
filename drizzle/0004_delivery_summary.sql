CREATE TABLE "project_delivery_summary" (
	"project_id" uuid PRIMARY KEY NOT NULL,
	"registered_on" date,
	"land_secured_on" date,
	"started_on" date,
	"completed_on" date,
	"producing_on" date,
	"at_capacity_on" date,
	"first_funds_month" date,
	"last_report_month" date,
	"funds_domestic" numeric(20, 2) DEFAULT '0' NOT NULL,
	"funds_foreign_usd" numeric(20, 2) DEFAULT '0' NOT NULL,
	"refreshed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "project_delivery_summary" ADD CONSTRAINT "project_delivery_summary_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Build the summary of every signed project from its milestones and reports (as the server refreshes it).
INSERT INTO "project_delivery_summary" ("project_id", "registered_on", "land_secured_on", "started_on", "completed_on",
  "producing_on", "at_capacity_on", "first_funds_month", "last_report_month", "funds_domestic", "funds_foreign_usd")
SELECT p."id",
  min(m."actual_on") FILTER (WHERE m."milestone" >= 'registered'),
  min(m."actual_on") FILTER (WHERE m."milestone" >= 'land_secured'),
  min(m."actual_on") FILTER (WHERE m."milestone" >= 'started'),
  min(m."actual_on") FILTER (WHERE m."milestone" >= 'completed'),
  min(m."actual_on") FILTER (WHERE m."milestone" >= 'producing'),
  min(m."actual_on") FILTER (WHERE m."milestone" >= 'at_capacity'),
  NULL, NULL, 0, 0
FROM "projects" p LEFT JOIN "project_milestones" m ON m."project_id" = p."id" AND m."actual_on" IS NOT NULL
WHERE p."signed_on" IS NOT NULL
GROUP BY p."id"
ON CONFLICT DO NOTHING;
