CREATE TYPE "public"."agenda_status" AS ENUM('planned', 'signed', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."signing_event_kind" AS ENUM('monthly', 'three_batches', 'expo');--> statement-breakpoint
CREATE TYPE "public"."signing_event_status" AS ENUM('planned', 'held', 'cancelled');--> statement-breakpoint
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
ALTER TABLE "projects" ADD COLUMN "signing_event_id" uuid;--> statement-breakpoint
ALTER TABLE "app_settings" ADD CONSTRAINT "app_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signing_event_projects" ADD CONSTRAINT "signing_event_projects_event_id_signing_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."signing_events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signing_event_projects" ADD CONSTRAINT "signing_event_projects_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signing_event_projects" ADD CONSTRAINT "signing_event_projects_added_by_users_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signing_events" ADD CONSTRAINT "signing_events_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "signing_event_projects_project_idx" ON "signing_event_projects" USING btree ("project_id");--> statement-breakpoint
CREATE UNIQUE INDEX "signing_events_month_idx" ON "signing_events" USING btree ("kind","month");--> statement-breakpoint
CREATE INDEX "signing_events_held_idx" ON "signing_events" USING btree ("held_on");