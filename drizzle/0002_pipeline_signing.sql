CREATE TYPE "public"."duplicate_status" AS ENUM('open', 'same_project', 'not_duplicate');--> statement-breakpoint
CREATE TYPE "public"."investor_kind" AS ENUM('local', 'investor', 'target');--> statement-breakpoint
CREATE TYPE "public"."origin_region" AS ENUM('yangtze_delta', 'jingjinji', 'gba', 'chengyu', 'central', 'other_province', 'overseas', 'local');--> statement-breakpoint
CREATE TYPE "public"."ownership" AS ENUM('private', 'state', 'foreign', 'hmt');--> statement-breakpoint
CREATE TYPE "public"."lead_source" AS ENUM('door_knocking', 'referral', 'expo', 'leader_assigned', 'chain_map', 'online', 'other');--> statement-breakpoint
CREATE TYPE "public"."agenda_status" AS ENUM('planned', 'signed', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."signing_event_kind" AS ENUM('monthly', 'three_batches', 'expo');--> statement-breakpoint
CREATE TYPE "public"."signing_event_status" AS ENUM('planned', 'held', 'cancelled');--> statement-breakpoint
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
CREATE TABLE "investors" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"normalized_name" text NOT NULL,
	"credit_code" text,
	"kind" "investor_kind" DEFAULT 'investor' NOT NULL,
	"origin_province" text,
	"origin_country" text,
	"origin_region" "origin_region",
	"ownership" "ownership",
	"fortune500" boolean DEFAULT false NOT NULL,
	"china500" boolean DEFAULT false NOT NULL,
	"listed" boolean DEFAULT false NOT NULL,
	"industry" text,
	"contacts" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"notes" text,
	"owner_region_id" text,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "investors_credit_code_unique" UNIQUE("credit_code")
);
--> statement-breakpoint
CREATE TABLE "project_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"noted_on" date NOT NULL,
	"content" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project_visits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"visited_on" date NOT NULL,
	"visitors" text NOT NULL,
	"people_met" text,
	"place" text NOT NULL,
	"outcome" text NOT NULL,
	"next_step" text,
	"photo_file_ids" uuid[] DEFAULT '{}' NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "app_settings" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "signing_event_projects" (
	"event_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"status" "agenda_status" DEFAULT 'planned' NOT NULL,
	"signing_type" "signing_type" NOT NULL,
	"contracted_investment" numeric(18, 2) NOT NULL,
	"funds_out_of_province" numeric(18, 2),
	"funds_in_province" numeric(18, 2),
	"funds_local" numeric(18, 2),
	"funds_foreign_usd" numeric(18, 2),
	"register_by" date,
	"start_by" date,
	"produce_by" date,
	"venue_region_id" text,
	"added_by" uuid,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "signing_event_projects_event_id_project_id_pk" PRIMARY KEY("event_id","project_id")
);
--> statement-breakpoint
CREATE TABLE "signing_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "signing_event_kind" NOT NULL,
	"title" text NOT NULL,
	"month" text,
	"held_on" date NOT NULL,
	"scheduled_on" date,
	"status" "signing_event_status" DEFAULT 'planned' NOT NULL,
	"main_venue" text,
	"sub_venues" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"reports" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"pledge_speakers" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"notes" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "investor_id" uuid;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "investor_normalized" text;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "real_estate" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "fiscally_funded" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "merged_into_id" uuid;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "origin_region" "origin_region";--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "foreign_capital" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "lead_source" "lead_source";--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "owner_id" uuid;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "funds_out_of_province" numeric(18, 2);--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "funds_in_province" numeric(18, 2);--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "funds_local" numeric(18, 2);--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "funds_foreign_usd" numeric(18, 2);--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "contract_file_id" uuid;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "signing_event_id" uuid;--> statement-breakpoint
ALTER TABLE "duplicate_candidates" ADD CONSTRAINT "duplicate_candidates_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duplicate_candidates" ADD CONSTRAINT "duplicate_candidates_other_id_projects_id_fk" FOREIGN KEY ("other_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duplicate_candidates" ADD CONSTRAINT "duplicate_candidates_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investors" ADD CONSTRAINT "investors_owner_region_id_regions_id_fk" FOREIGN KEY ("owner_region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investors" ADD CONSTRAINT "investors_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_notes" ADD CONSTRAINT "project_notes_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_notes" ADD CONSTRAINT "project_notes_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_visits" ADD CONSTRAINT "project_visits_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_visits" ADD CONSTRAINT "project_visits_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "app_settings" ADD CONSTRAINT "app_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signing_event_projects" ADD CONSTRAINT "signing_event_projects_event_id_signing_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."signing_events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signing_event_projects" ADD CONSTRAINT "signing_event_projects_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signing_event_projects" ADD CONSTRAINT "signing_event_projects_added_by_users_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signing_events" ADD CONSTRAINT "signing_events_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "duplicate_candidates_pair_idx" ON "duplicate_candidates" USING btree ("project_id","other_id");--> statement-breakpoint
CREATE INDEX "duplicate_candidates_status_idx" ON "duplicate_candidates" USING btree ("status");--> statement-breakpoint
CREATE INDEX "investors_normalized_name_idx" ON "investors" USING btree ("normalized_name");--> statement-breakpoint
CREATE INDEX "investors_kind_idx" ON "investors" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "project_notes_project_idx" ON "project_notes" USING btree ("project_id","noted_on");--> statement-breakpoint
CREATE INDEX "project_visits_project_idx" ON "project_visits" USING btree ("project_id","visited_on");--> statement-breakpoint
CREATE INDEX "signing_event_projects_project_idx" ON "signing_event_projects" USING btree ("project_id");--> statement-breakpoint
CREATE UNIQUE INDEX "signing_events_month_idx" ON "signing_events" USING btree ("kind","month");--> statement-breakpoint
CREATE INDEX "signing_events_held_idx" ON "signing_events" USING btree ("held_on");--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_investor_id_investors_id_fk" FOREIGN KEY ("investor_id") REFERENCES "public"."investors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "projects_investor_idx" ON "projects" USING btree ("investor_id");--> statement-breakpoint
CREATE INDEX "projects_investor_normalized_idx" ON "projects" USING btree ("investor_normalized");--> statement-breakpoint
CREATE INDEX "projects_credit_code_idx" ON "projects" USING btree ("investor_credit_code");--> statement-breakpoint
CREATE INDEX "projects_signed_idx" ON "projects" USING btree ("signed_on");--> statement-breakpoint
CREATE INDEX "projects_signing_event_idx" ON "projects" USING btree ("signing_event_id");