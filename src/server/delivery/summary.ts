import { sql, type SQL } from 'drizzle-orm';
import { atOrBeyond, MILESTONES, type Milestone } from '../../domain/delivery/milestones';
import type { Executor } from '../db/client';

const COLUMN: Record<Milestone, string> = {
  registered: 'registered_on',
  land_secured: 'land_secured_on',
  started: 'started_on',
  completed: 'completed_on',
  producing: 'producing_on',
  at_capacity: 'at_capacity_on',
};
export const reachedColumn = (m: Milestone) => COLUMN[m];

/**
 * The statement that (re)builds `project_delivery_summary` for the signed projects matching
 * `where` (a condition on `p`, the projects table): reached dates from the milestones, funds from
 * the monthly reports. Called in the same transaction as every write to either.
 */
export function refreshSummarySql(where: SQL): SQL {
  const reached = MILESTONES.map(
    (m) =>
      sql`min(m.actual_on) filter (where m.milestone in (${sql.join(
        atOrBeyond(m).map((x) => sql`${x}`),
        sql`, `,
      )})) as ${sql.identifier(COLUMN[m])}`,
  );
  return sql`
    insert into project_delivery_summary (project_id, ${sql.raw(MILESTONES.map((m) => COLUMN[m]).join(', '))},
      first_funds_month, last_report_month, funds_domestic, funds_foreign_usd, refreshed_at)
    select p.id, ${sql.raw(MILESTONES.map((m) => `ms.${COLUMN[m]}`).join(', '))},
      r.first_funds_month, r.last_report_month, coalesce(r.domestic, 0), coalesce(r.usd, 0), now()
    from projects p
    left join (
      select m.project_id, ${sql.join(reached, sql`, `)}
      from project_milestones m join projects p on p.id = m.project_id
      where m.actual_on is not null and ${where} group by m.project_id
    ) ms on ms.project_id = p.id
    left join (
      select r.project_id,
        min(r.month) filter (where r.funds_out_of_province + r.funds_in_province + r.funds_local + r.funds_foreign_usd > 0) as first_funds_month,
        max(r.month) as last_report_month,
        sum(r.funds_out_of_province + r.funds_in_province + r.funds_local) as domestic,
        sum(r.funds_foreign_usd) as usd
      from monthly_reports r join projects p on p.id = r.project_id
      where ${where} group by r.project_id
    ) r on r.project_id = p.id
    where p.signed_on is not null and ${where}
    on conflict (project_id) do update set
      ${sql.raw(MILESTONES.map((m) => `${COLUMN[m]} = excluded.${COLUMN[m]}`).join(', '))},
      first_funds_month = excluded.first_funds_month, last_report_month = excluded.last_report_month,
      funds_domestic = excluded.funds_domestic, funds_foreign_usd = excluded.funds_foreign_usd,
      refreshed_at = excluded.refreshed_at`;
}

export async function refreshSummary(db: Executor, projectId: string) {
  await db.execute(refreshSummarySql(sql`p.id = ${projectId}`));
}

/** After a bulk load (demo, benchmark): every signed project at once. */
export async function refreshAllSummaries(db: Executor) {
  await db.execute(refreshSummarySql(sql`true`));
}
