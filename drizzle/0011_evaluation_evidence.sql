CREATE TABLE "evaluation_evidence" (
	"result_id" uuid NOT NULL,
	"unit_id" text NOT NULL,
	"figure" text NOT NULL,
	"record_ids" text[] NOT NULL,
	CONSTRAINT "evaluation_evidence_result_id_unit_id_figure_pk" PRIMARY KEY("result_id","unit_id","figure")
);
--> statement-breakpoint
ALTER TABLE "evaluation_evidence" ADD CONSTRAINT "evaluation_evidence_result_id_evaluation_results_id_fk" FOREIGN KEY ("result_id") REFERENCES "public"."evaluation_results"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "monthly_reports_month_idx" ON "monthly_reports" USING btree ("month","project_id");--> statement-breakpoint
CREATE INDEX "supervision_items_created_idx" ON "supervision_items" USING btree ("unit_kind","created_at");--> statement-breakpoint
-- Results computed before this migration kept each figure's evidence in the payload: move it
-- beside the result and leave its count in the payload's line.
INSERT INTO "evaluation_evidence" ("result_id", "unit_id", "figure", "record_ids")
SELECT r."id", u->>'unitId', f.prefix || (f.line->>'key'), ARRAY(SELECT jsonb_array_elements_text(f.line->'evidence'))
FROM "evaluation_results" r
  CROSS JOIN LATERAL jsonb_array_elements(r."payload"->'units') u
  CROSS JOIN LATERAL (
    SELECT 'i:' AS prefix, i AS line FROM jsonb_array_elements(u->'indicators') i
    UNION ALL SELECT 'r:', x FROM jsonb_array_elements(u->'rules') x
  ) f
WHERE jsonb_typeof(f.line->'evidence') = 'array' AND jsonb_array_length(f.line->'evidence') > 0;--> statement-breakpoint
UPDATE "evaluation_results" r SET "payload" = jsonb_set(r."payload", '{units}', COALESCE((
  SELECT jsonb_agg(u || jsonb_build_object(
    'indicators', COALESCE((SELECT jsonb_agg((i - 'evidence') || jsonb_build_object('evidenceCount', COALESCE(jsonb_array_length(i->'evidence'), 0)) ORDER BY io)
      FROM jsonb_array_elements(u->'indicators') WITH ORDINALITY AS a(i, io)), '[]'::jsonb),
    'rules', COALESCE((SELECT jsonb_agg((x - 'evidence') || jsonb_build_object('evidenceCount', COALESCE(jsonb_array_length(x->'evidence'), 0)) ORDER BY xo)
      FROM jsonb_array_elements(u->'rules') WITH ORDINALITY AS b(x, xo)), '[]'::jsonb)
  ) ORDER BY uo)
  FROM jsonb_array_elements(r."payload"->'units') WITH ORDINALITY AS c(u, uo)), '[]'::jsonb));
