CREATE TYPE "public"."node_state" AS ENUM('strong', 'weak', 'missing');--> statement-breakpoint
CREATE TYPE "public"."chain_position" AS ENUM('leading', 'emerging', 'characteristic');--> statement-breakpoint
CREATE TYPE "public"."chain_segment" AS ENUM('upstream', 'midstream', 'downstream');--> statement-breakpoint
CREATE TYPE "public"."system_status" AS ENUM('draft', 'published', 'retired');--> statement-breakpoint
CREATE TYPE "public"."target_status" AS ENUM('not_contacted', 'contacted', 'visited', 'negotiating', 'signed', 'declined');--> statement-breakpoint
CREATE TABLE "chain_nodes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"chain_id" uuid NOT NULL,
	"parent_id" uuid,
	"segment" "chain_segment" NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"key_tech" text[] DEFAULT '{}' NOT NULL,
	"sort_order" smallint DEFAULT 0 NOT NULL,
	"state_override" "node_state",
	"override_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "chain_nodes_override_reason" CHECK (("chain_nodes"."state_override" is null) = ("chain_nodes"."override_reason" is null))
);
--> statement-breakpoint
CREATE TABLE "county_positions" (
	"region_id" text NOT NULL,
	"chain_id" uuid NOT NULL,
	"position" "chain_position" NOT NULL,
	"note" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "county_positions_region_id_chain_id_pk" PRIMARY KEY("region_id","chain_id")
);
--> statement-breakpoint
CREATE TABLE "industry_chains" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"system_id" text NOT NULL,
	"group_id" text,
	"name" text NOT NULL,
	"description" text,
	"chief_user_id" uuid,
	"chief_title" text,
	"sort_order" smallint DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "industry_groups" (
	"id" text PRIMARY KEY NOT NULL,
	"system_id" text NOT NULL,
	"name" text NOT NULL,
	"sort_order" smallint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "industry_systems" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"year" smallint NOT NULL,
	"status" "system_status" DEFAULT 'draft' NOT NULL,
	"description" text,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "node_firms" (
	"node_id" uuid NOT NULL,
	"investor_id" uuid NOT NULL,
	"above_scale" boolean DEFAULT false NOT NULL,
	"chain_leader" boolean DEFAULT false NOT NULL,
	"output_yuan" numeric(18, 2),
	"products" text,
	CONSTRAINT "node_firms_node_id_investor_id_pk" PRIMARY KEY("node_id","investor_id")
);
--> statement-breakpoint
CREATE TABLE "node_targets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"node_id" uuid NOT NULL,
	"investor_id" uuid,
	"name" text NOT NULL,
	"fortune500" boolean DEFAULT false NOT NULL,
	"china500" boolean DEFAULT false NOT NULL,
	"listed" boolean DEFAULT false NOT NULL,
	"top100" boolean DEFAULT false NOT NULL,
	"origin_province" text,
	"origin_region" "origin_region",
	"region_id" text,
	"status" "target_status" DEFAULT 'not_contacted' NOT NULL,
	"note" text,
	"project_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project_nodes" (
	"project_id" uuid NOT NULL,
	"node_id" uuid NOT NULL,
	"tagged_by" uuid,
	"tagged_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "project_nodes_project_id_node_id_pk" PRIMARY KEY("project_id","node_id")
);
--> statement-breakpoint
ALTER TABLE "chain_nodes" ADD CONSTRAINT "chain_nodes_chain_id_industry_chains_id_fk" FOREIGN KEY ("chain_id") REFERENCES "public"."industry_chains"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chain_nodes" ADD CONSTRAINT "chain_nodes_parent_id_chain_nodes_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."chain_nodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "county_positions" ADD CONSTRAINT "county_positions_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "county_positions" ADD CONSTRAINT "county_positions_chain_id_industry_chains_id_fk" FOREIGN KEY ("chain_id") REFERENCES "public"."industry_chains"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "industry_chains" ADD CONSTRAINT "industry_chains_system_id_industry_systems_id_fk" FOREIGN KEY ("system_id") REFERENCES "public"."industry_systems"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "industry_chains" ADD CONSTRAINT "industry_chains_group_id_industry_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."industry_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "industry_chains" ADD CONSTRAINT "industry_chains_chief_user_id_users_id_fk" FOREIGN KEY ("chief_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "industry_groups" ADD CONSTRAINT "industry_groups_system_id_industry_systems_id_fk" FOREIGN KEY ("system_id") REFERENCES "public"."industry_systems"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "node_firms" ADD CONSTRAINT "node_firms_node_id_chain_nodes_id_fk" FOREIGN KEY ("node_id") REFERENCES "public"."chain_nodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "node_firms" ADD CONSTRAINT "node_firms_investor_id_investors_id_fk" FOREIGN KEY ("investor_id") REFERENCES "public"."investors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "node_targets" ADD CONSTRAINT "node_targets_node_id_chain_nodes_id_fk" FOREIGN KEY ("node_id") REFERENCES "public"."chain_nodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "node_targets" ADD CONSTRAINT "node_targets_investor_id_investors_id_fk" FOREIGN KEY ("investor_id") REFERENCES "public"."investors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "node_targets" ADD CONSTRAINT "node_targets_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "node_targets" ADD CONSTRAINT "node_targets_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_nodes" ADD CONSTRAINT "project_nodes_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_nodes" ADD CONSTRAINT "project_nodes_node_id_chain_nodes_id_fk" FOREIGN KEY ("node_id") REFERENCES "public"."chain_nodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_nodes" ADD CONSTRAINT "project_nodes_tagged_by_users_id_fk" FOREIGN KEY ("tagged_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "chain_nodes_chain_idx" ON "chain_nodes" USING btree ("chain_id");--> statement-breakpoint
CREATE INDEX "industry_chains_system_idx" ON "industry_chains" USING btree ("system_id");--> statement-breakpoint
CREATE INDEX "node_firms_investor_idx" ON "node_firms" USING btree ("investor_id");--> statement-breakpoint
CREATE INDEX "node_targets_node_idx" ON "node_targets" USING btree ("node_id");--> statement-breakpoint
CREATE INDEX "node_targets_region_idx" ON "node_targets" USING btree ("region_id");--> statement-breakpoint
CREATE INDEX "project_nodes_node_idx" ON "project_nodes" USING btree ("node_id");