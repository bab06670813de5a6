import { and, eq, inArray } from 'drizzle-orm';
import type { Ctx } from '../auth/principal';
import type { Executor } from '../db/client';
import { monthlyReports } from '../db/schema/delivery';
import { evaluationEvidence } from '../db/schema/evaluation';
import { projects } from '../db/schema/projects';
import { supervisionItems } from '../db/schema/supervision';
import { AppError, notFound } from '../http/errors';
import { getResult } from './results';
import { ownUnitOf, visibleResult } from './visibility';

export type EvidenceRecord = {
  id: string;
  kind: 'project' | 'item' | 'report' | 'missing_report';
  label: string;
  link: string;
};

/**
 * "Why is my county 11th?": one unit's line of a result with every figure's records named — the
 * projects, reports and supervision items behind it, as frozen in the result. A county opens its
 * own line; the city any.
 */
export async function explainUnit(db: Executor, ctx: Ctx, resultId: string, unitId: string) {
  const own = ownUnitOf(ctx.principal);
  if (own !== null && own !== unitId) {
    throw new AppError('FORBIDDEN', 'A ranked unit explains its own line of a ranking');
  }
  const full = await getResult(db, resultId);
  const result = await visibleResult(db, ctx, full);
  const line = result.payload.units.find((u) => u.unitId === unitId);
  if (!line) throw notFound('unit in this result');
  const frozen = await db
    .select({ figure: evaluationEvidence.figure, ids: evaluationEvidence.recordIds })
    .from(evaluationEvidence)
    .where(and(eq(evaluationEvidence.resultId, resultId), eq(evaluationEvidence.unitId, unitId)));
  const evidenceOf = (figure: string) => frozen.find((f) => f.figure === figure)?.ids ?? [];
  const all = frozen.flatMap((f) => f.ids);
  const uuids = [...new Set(all.filter((e) => /^[0-9a-f-]{36}$/.test(e)))];
  const missing = [...new Set(all.filter((e) => /^[0-9a-f-]{36}:\d{4}-\d{2}$/.test(e)))];
  const projectIds = [...new Set([...uuids, ...missing.map((m) => m.slice(0, 36))])];
  const [found, items, reports] = await Promise.all([
    projectIds.length
      ? db
          .select({ id: projects.id, code: projects.code, name: projects.name })
          .from(projects)
          .where(inArray(projects.id, projectIds))
      : [],
    uuids.length
      ? db
          .select({ id: supervisionItems.id, code: supervisionItems.code, title: supervisionItems.title })
          .from(supervisionItems)
          .where(inArray(supervisionItems.id, uuids))
      : [],
    uuids.length
      ? db
          .select({ id: monthlyReports.id, projectId: monthlyReports.projectId, month: monthlyReports.month })
          .from(monthlyReports)
          .where(inArray(monthlyReports.id, uuids))
      : [],
  ]);
  const ps = [...found];
  // A report's project may not be evidence itself: name it too.
  const missingOwners = reports.map((x) => x.projectId).filter((id) => !ps.some((p) => p.id === id));
  if (missingOwners.length) {
    ps.push(
      ...(await db
        .select({ id: projects.id, code: projects.code, name: projects.name })
        .from(projects)
        .where(inArray(projects.id, [...new Set(missingOwners)]))),
    );
  }
  const record = (e: string): EvidenceRecord => {
    const p = ps.find((x) => x.id === e);
    if (p) return { id: e, kind: 'project', label: `${p.code} ${p.name}`, link: `/projects/${p.id}` };
    const it = items.find((x) => x.id === e);
    if (it) return { id: e, kind: 'item', label: `${it.code} ${it.title}`, link: `/supervision/${it.id}` };
    const rep = reports.find((x) => x.id === e);
    if (rep) {
      const owner = ps.find((x) => x.id === rep.projectId);
      return {
        id: e,
        kind: 'report',
        label: `${rep.month.slice(0, 7)} 月报 ${owner?.name ?? ''}`.trim(),
        link: `/projects/${rep.projectId}`,
      };
    }
    const [pid = '', month = ''] = e.split(':');
    const mp = ps.find((x) => x.id === pid);
    return {
      id: e,
      kind: 'missing_report',
      label: `${month} 缺报 ${mp ? `${mp.code} ${mp.name}` : pid}`,
      link: `/projects/${pid}`,
    };
  };
  return {
    result: {
      id: result.id,
      period: result.period,
      groupId: result.groupId,
      status: result.status,
      version: result.version,
    },
    method: result.payload.method,
    line: {
      ...line,
      indicators: line.indicators.map((i) => ({ ...i, records: evidenceOf(`i:${i.key}`).map(record) })),
      rules: line.rules.map((r) => ({ ...r, records: evidenceOf(`r:${r.key}`).map(record) })),
    },
    // Ranked among all of them, even when the caller sees only its own line of a draft.
    unitsInGroup: full.payload.units.length,
  };
}
