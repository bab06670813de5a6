CREATE TYPE "public"."method_status" AS ENUM('draft', 'published');--> statement-breakpoint
CREATE TYPE "public"."result_status" AS ENUM('draft', 'published', 'superseded');--> statement-breakpoint
CREATE TABLE "evaluation_methods" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"family" text NOT NULL,
	"version" smallint NOT NULL,
	"status" "method_status" DEFAULT 'draft' NOT NULL,
	"valid_from" date NOT NULL,
	"body" jsonb NOT NULL,
	"group_ids" text[] DEFAULT '{}' NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "evaluation_results" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"method_id" uuid NOT NULL,
	"period" text NOT NULL,
	"group_id" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"status" "result_status" DEFAULT 'draft' NOT NULL,
	"payload" jsonb NOT NULL,
	"reason" text,
	"computed_at" timestamp with time zone NOT NULL,
	"computed_by" uuid NOT NULL,
	"published_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "evaluation_targets" (
	"method_id" uuid NOT NULL,
	"unit_id" text NOT NULL,
	"indicator_key" text NOT NULL,
	"year" smallint NOT NULL,
	"value" text NOT NULL,
	CONSTRAINT "evaluation_targets_method_id_unit_id_indicator_key_year_pk" PRIMARY KEY("method_id","unit_id","indicator_key","year"),
	CONSTRAINT "evaluation_targets_positive" CHECK ("evaluation_targets"."value" ~ '^[0-9]+(\.[0-9]+)?$' and "evaluation_targets"."value"::numeric > 0)
);
--> statement-breakpoint
ALTER TABLE "evaluation_methods" ADD CONSTRAINT "evaluation_methods_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_results" ADD CONSTRAINT "evaluation_results_method_id_evaluation_methods_id_fk" FOREIGN KEY ("method_id") REFERENCES "public"."evaluation_methods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_results" ADD CONSTRAINT "evaluation_results_group_id_ranking_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."ranking_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_results" ADD CONSTRAINT "evaluation_results_computed_by_users_id_fk" FOREIGN KEY ("computed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_targets" ADD CONSTRAINT "evaluation_targets_method_id_evaluation_methods_id_fk" FOREIGN KEY ("method_id") REFERENCES "public"."evaluation_methods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "evaluation_methods_family_idx" ON "evaluation_methods" USING btree ("family","version");--> statement-breakpoint
CREATE INDEX "evaluation_results_period_idx" ON "evaluation_results" USING btree ("period","group_id","status");