CREATE TYPE "public"."milestone" AS ENUM('registered', 'land_secured', 'started', 'completed', 'producing', 'at_capacity');--> statement-breakpoint
CREATE TABLE "milestone_plan_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"milestone" "milestone" NOT NULL,
	"from_on" date,
	"to_on" date NOT NULL,
	"reason" text NOT NULL,
	"actor_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "monthly_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"region_id" text NOT NULL,
	"month" date NOT NULL,
	"funds_out_of_province" numeric(18, 2) DEFAULT '0' NOT NULL,
	"funds_in_province" numeric(18, 2) DEFAULT '0' NOT NULL,
	"funds_local" numeric(18, 2) DEFAULT '0' NOT NULL,
	"funds_foreign_usd" numeric(18, 2) DEFAULT '0' NOT NULL,
	"work_done" text NOT NULL,
	"problems" text,
	"photo_file_ids" uuid[] DEFAULT '{}' NOT NULL,
	"filed_by" uuid NOT NULL,
	"filed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"late" boolean DEFAULT false NOT NULL,
	"corrected_at" timestamp with time zone,
	"correction_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "monthly_reports_project_month_key" UNIQUE("project_id","month"),
	CONSTRAINT "monthly_reports_month_first_day" CHECK (extract(day from "monthly_reports"."month") = 1),
	CONSTRAINT "monthly_reports_funds_non_negative" CHECK ("monthly_reports"."funds_out_of_province" >= 0 and "monthly_reports"."funds_in_province" >= 0 and "monthly_reports"."funds_local" >= 0 and "monthly_reports"."funds_foreign_usd" >= 0)
);
--> statement-breakpoint
CREATE TABLE "project_milestones" (
	"project_id" uuid NOT NULL,
	"milestone" "milestone" NOT NULL,
	"planned_on" date,
	"plan_reason" text,
	"actual_on" date,
	"skip_reason" text,
	"transition_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "project_milestones_project_id_milestone_pk" PRIMARY KEY("project_id","milestone")
);
--> statement-breakpoint
CREATE TABLE "work_team_members" (
	"project_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"duty" text,
	CONSTRAINT "work_team_members_project_id_user_id_pk" PRIMARY KEY("project_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "work_teams" (
	"project_id" uuid PRIMARY KEY NOT NULL,
	"leader_id" uuid NOT NULL,
	"lead_department_id" text,
	"lead_region_id" text,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "work_teams_one_lead_unit" CHECK (("work_teams"."lead_department_id" is null) <> ("work_teams"."lead_region_id" is null))
);
--> statement-breakpoint
ALTER TABLE "files" ADD COLUMN "thumbnail_key" text;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "stats_entered_on" date;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "above_scale_on" date;--> statement-breakpoint
ALTER TABLE "milestone_plan_changes" ADD CONSTRAINT "milestone_plan_changes_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "milestone_plan_changes" ADD CONSTRAINT "milestone_plan_changes_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monthly_reports" ADD CONSTRAINT "monthly_reports_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monthly_reports" ADD CONSTRAINT "monthly_reports_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monthly_reports" ADD CONSTRAINT "monthly_reports_filed_by_users_id_fk" FOREIGN KEY ("filed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_milestones" ADD CONSTRAINT "project_milestones_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_milestones" ADD CONSTRAINT "project_milestones_transition_id_project_transitions_id_fk" FOREIGN KEY ("transition_id") REFERENCES "public"."project_transitions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_team_members" ADD CONSTRAINT "work_team_members_project_id_work_teams_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."work_teams"("project_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_team_members" ADD CONSTRAINT "work_team_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_teams" ADD CONSTRAINT "work_teams_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_teams" ADD CONSTRAINT "work_teams_leader_id_users_id_fk" FOREIGN KEY ("leader_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_teams" ADD CONSTRAINT "work_teams_lead_department_id_departments_id_fk" FOREIGN KEY ("lead_department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_teams" ADD CONSTRAINT "work_teams_lead_region_id_regions_id_fk" FOREIGN KEY ("lead_region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "milestone_plan_changes_project_idx" ON "milestone_plan_changes" USING btree ("project_id","created_at");--> statement-breakpoint
CREATE INDEX "monthly_reports_region_month_idx" ON "monthly_reports" USING btree ("region_id","month");--> statement-breakpoint
CREATE INDEX "project_milestones_actual_idx" ON "project_milestones" USING btree ("milestone","actual_on");--> statement-breakpoint
CREATE INDEX "work_team_members_user_idx" ON "work_team_members" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "work_teams_leader_idx" ON "work_teams" USING btree ("leader_id");--> statement-breakpoint
CREATE INDEX "audit_events_project_idx" ON "audit_events" USING btree (("diff"->>'projectId'));--> statement-breakpoint
-- Milestones reached before this migration: the first forward transition into each delivery stage.
INSERT INTO "project_milestones" ("project_id", "milestone", "actual_on", "transition_id")
SELECT DISTINCT ON (t."project_id", t."to_stage") t."project_id", t."to_stage"::text::"milestone", t."occurred_on", t."id"
FROM "project_transitions" t
WHERE t."to_stage"::text IN ('registered', 'land_secured', 'started', 'completed', 'producing', 'at_capacity')
  AND t."from_stage"::text NOT IN ('stalled', 'terminated')
ORDER BY t."project_id", t."to_stage", t."seq"
ON CONFLICT DO NOTHING;--> statement-breakpoint
INSERT INTO "project_milestones" ("project_id", "milestone", "skip_reason")
SELECT DISTINCT t."project_id", split_part(t."skip_reason", ':', 1)::"milestone", split_part(t."skip_reason", ':', 2)
FROM "project_transitions" t
WHERE t."skip_reason" IS NOT NULL
ON CONFLICT DO NOTHING;
