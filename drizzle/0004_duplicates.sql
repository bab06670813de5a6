CREATE TYPE "public"."duplicate_status" AS ENUM('open', 'same_project', 'not_duplicate');--> statement-breakpoint
CREATE TABLE "duplicate_candidates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"other_id" uuid NOT NULL,
	"score" integer NOT NULL,
	"name_similarity" numeric(5, 4) NOT NULL,
	"reasons" text[] DEFAULT '{}' NOT NULL,
	"found_at" text NOT NULL,
	"status" "duplicate_status" DEFAULT 'open' NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"decision_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "investor_normalized" text;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "real_estate" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "fiscally_funded" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "merged_into_id" uuid;--> statement-breakpoint
ALTER TABLE "duplicate_candidates" ADD CONSTRAINT "duplicate_candidates_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duplicate_candidates" ADD CONSTRAINT "duplicate_candidates_other_id_projects_id_fk" FOREIGN KEY ("other_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duplicate_candidates" ADD CONSTRAINT "duplicate_candidates_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "duplicate_candidates_pair_idx" ON "duplicate_candidates" USING btree ("project_id","other_id");--> statement-breakpoint
CREATE INDEX "duplicate_candidates_status_idx" ON "duplicate_candidates" USING btree ("status");--> statement-breakpoint
CREATE INDEX "projects_investor_normalized_idx" ON "projects" USING btree ("investor_normalized");--> statement-breakpoint
CREATE INDEX "projects_credit_code_idx" ON "projects" USING btree ("investor_credit_code");