CREATE TYPE "public"."award_kind" AS ENUM('reward', 'penalty');--> statement-breakpoint
CREATE TABLE "evaluation_awards" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"year" smallint NOT NULL,
	"group_id" text NOT NULL,
	"unit_id" text NOT NULL,
	"kind" "award_kind" NOT NULL,
	"title" text NOT NULL,
	"amount" numeric(18, 2),
	"basis_result_id" uuid,
	"basis_rank" integer,
	"basis_outcome" text,
	"document_no" text,
	"decided_on" date NOT NULL,
	"note" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoked_by" uuid,
	"revoke_reason" text,
	CONSTRAINT "evaluation_awards_amount_positive" CHECK ("evaluation_awards"."amount" is null or "evaluation_awards"."amount" > 0)
);
--> statement-breakpoint
ALTER TABLE "evaluation_awards" ADD CONSTRAINT "evaluation_awards_group_id_ranking_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."ranking_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_awards" ADD CONSTRAINT "evaluation_awards_basis_result_id_evaluation_results_id_fk" FOREIGN KEY ("basis_result_id") REFERENCES "public"."evaluation_results"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_awards" ADD CONSTRAINT "evaluation_awards_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_awards" ADD CONSTRAINT "evaluation_awards_revoked_by_users_id_fk" FOREIGN KEY ("revoked_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "evaluation_awards_year_idx" ON "evaluation_awards" USING btree ("year","group_id");