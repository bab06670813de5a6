CREATE TYPE "public"."item_category" AS ENUM('funds', 'land', 'relocation', 'environment', 'approval', 'utilities', 'other');--> statement-breakpoint
CREATE TYPE "public"."item_source" AS ENUM('project_blocker', 'meeting_decision', 'leader_instruction');--> statement-breakpoint
CREATE TYPE "public"."item_state" AS ENUM('assigned', 'acknowledged', 'deployed', 'reported', 'resolved', 'verified', 'closed', 'returned');--> statement-breakpoint
CREATE TYPE "public"."item_weight" AS ENUM('ordinary', 'major');--> statement-breakpoint
CREATE TYPE "public"."unit_kind" AS ENUM('department', 'region');--> statement-breakpoint
CREATE SEQUENCE "public"."supervision_item_code_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "job_leases" (
	"name" text PRIMARY KEY NOT NULL,
	"holder" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"item_id" uuid,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"link" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "reminders_sent" (
	"item_id" uuid NOT NULL,
	"target_key" text NOT NULL,
	"step" smallint NOT NULL,
	"deadline" date NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reminders_sent_item_id_target_key_step_deadline_pk" PRIMARY KEY("item_id","target_key","step","deadline")
);
--> statement-breakpoint
CREATE TABLE "supervision_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_id" uuid NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "supervision_events_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"type" text NOT NULL,
	"at" timestamp (3) with time zone NOT NULL,
	"actor_id" uuid,
	"payload" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "supervision_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"category" "item_category" NOT NULL,
	"source" "item_source" NOT NULL,
	"weight" "item_weight" NOT NULL,
	"project_id" uuid,
	"region_id" text,
	"unit_kind" "unit_kind" NOT NULL,
	"unit_id" text NOT NULL,
	"handler_id" uuid,
	"state" "item_state" NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	"satisfaction" smallint,
	CONSTRAINT "supervision_items_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "supervision_targets" (
	"item_id" uuid NOT NULL,
	"key" text NOT NULL,
	"opens_at" timestamp (3) with time zone NOT NULL,
	"deadline" date NOT NULL,
	"yellow_at" timestamp (3) with time zone NOT NULL,
	"breach_at" timestamp (3) with time zone NOT NULL,
	"done_at" timestamp (3) with time zone,
	CONSTRAINT "supervision_targets_item_id_key_pk" PRIMARY KEY("item_id","key"),
	CONSTRAINT "supervision_targets_order" CHECK ("supervision_targets"."opens_at" <= "supervision_targets"."yellow_at" and "supervision_targets"."yellow_at" <= "supervision_targets"."breach_at")
);
--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_item_id_supervision_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."supervision_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reminders_sent" ADD CONSTRAINT "reminders_sent_item_id_supervision_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."supervision_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_events" ADD CONSTRAINT "supervision_events_item_id_supervision_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."supervision_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_events" ADD CONSTRAINT "supervision_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_items" ADD CONSTRAINT "supervision_items_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_items" ADD CONSTRAINT "supervision_items_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_items" ADD CONSTRAINT "supervision_items_handler_id_users_id_fk" FOREIGN KEY ("handler_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_items" ADD CONSTRAINT "supervision_items_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_targets" ADD CONSTRAINT "supervision_targets_item_id_supervision_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."supervision_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "supervision_events_item_idx" ON "supervision_events" USING btree ("item_id","seq");--> statement-breakpoint
CREATE INDEX "supervision_items_unit_idx" ON "supervision_items" USING btree ("unit_kind","unit_id","state");--> statement-breakpoint
CREATE INDEX "supervision_items_region_idx" ON "supervision_items" USING btree ("region_id");--> statement-breakpoint
CREATE INDEX "supervision_items_state_idx" ON "supervision_items" USING btree ("state");--> statement-breakpoint
CREATE INDEX "supervision_items_project_idx" ON "supervision_items" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "supervision_targets_open_idx" ON "supervision_targets" USING btree ("breach_at") WHERE "supervision_targets"."done_at" is null;