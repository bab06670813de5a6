CREATE TYPE "public"."investor_kind" AS ENUM('local', 'investor', 'target');--> statement-breakpoint
CREATE TYPE "public"."origin_region" AS ENUM('yangtze_delta', 'jingjinji', 'gba', 'chengyu', 'central', 'other_province', 'overseas', 'local');--> statement-breakpoint
CREATE TYPE "public"."ownership" AS ENUM('private', 'state', 'foreign', 'hmt');--> statement-breakpoint
CREATE TYPE "public"."lead_source" AS ENUM('door_knocking', 'referral', 'expo', 'leader_assigned', 'chain_map', 'online', 'other');--> statement-breakpoint
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
ALTER TABLE "projects" ADD COLUMN "investor_id" uuid;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "origin_region" "origin_region";--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "foreign_capital" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "lead_source" "lead_source";--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "owner_id" uuid;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "funds_out_of_province" numeric(18, 2);--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "funds_in_province" numeric(18, 2);--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "funds_local" numeric(18, 2);--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "funds_foreign_usd" numeric(18, 2);--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "contract_file_id" uuid;--> statement-breakpoint
ALTER TABLE "investors" ADD CONSTRAINT "investors_owner_region_id_regions_id_fk" FOREIGN KEY ("owner_region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investors" ADD CONSTRAINT "investors_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_notes" ADD CONSTRAINT "project_notes_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_notes" ADD CONSTRAINT "project_notes_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_visits" ADD CONSTRAINT "project_visits_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_visits" ADD CONSTRAINT "project_visits_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "investors_normalized_name_idx" ON "investors" USING btree ("normalized_name");--> statement-breakpoint
CREATE INDEX "investors_kind_idx" ON "investors" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "project_notes_project_idx" ON "project_notes" USING btree ("project_id","noted_on");--> statement-breakpoint
CREATE INDEX "project_visits_project_idx" ON "project_visits" USING btree ("project_id","visited_on");--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_investor_id_investors_id_fk" FOREIGN KEY ("investor_id") REFERENCES "public"."investors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "projects_investor_idx" ON "projects" USING btree ("investor_id");--> statement-breakpoint
CREATE INDEX "projects_signed_idx" ON "projects" USING btree ("signed_on");