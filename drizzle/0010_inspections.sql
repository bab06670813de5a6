CREATE TYPE "public"."inspection_status" AS ENUM('open', 'closed');--> statement-breakpoint
CREATE TABLE "inspection_judges" (
	"inspection_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "inspection_judges_inspection_id_user_id_pk" PRIMARY KEY("inspection_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "inspection_scores" (
	"site_id" uuid NOT NULL,
	"judge_id" uuid NOT NULL,
	"marks" jsonb NOT NULL,
	"total" text NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	CONSTRAINT "inspection_scores_site_id_judge_id_pk" PRIMARY KEY("site_id","judge_id")
);
--> statement-breakpoint
CREATE TABLE "inspection_sites" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"inspection_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"unit_id" text NOT NULL,
	"sort_order" smallint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inspections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"period" text NOT NULL,
	"group_id" text NOT NULL,
	"sheet" jsonb NOT NULL,
	"drop_extremes" boolean DEFAULT true NOT NULL,
	"status" "inspection_status" DEFAULT 'open' NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "inspection_judges" ADD CONSTRAINT "inspection_judges_inspection_id_inspections_id_fk" FOREIGN KEY ("inspection_id") REFERENCES "public"."inspections"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_judges" ADD CONSTRAINT "inspection_judges_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_scores" ADD CONSTRAINT "inspection_scores_site_id_inspection_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."inspection_sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_scores" ADD CONSTRAINT "inspection_scores_judge_id_users_id_fk" FOREIGN KEY ("judge_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_sites" ADD CONSTRAINT "inspection_sites_inspection_id_inspections_id_fk" FOREIGN KEY ("inspection_id") REFERENCES "public"."inspections"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_sites" ADD CONSTRAINT "inspection_sites_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_sites" ADD CONSTRAINT "inspection_sites_unit_id_regions_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_group_id_ranking_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."ranking_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "inspection_sites_inspection_idx" ON "inspection_sites" USING btree ("inspection_id");