import { and, eq, inArray } from 'drizzle-orm';
import { METRICS } from '../../domain/evaluation/method';
import {
  parseTargetsSheet,
  type TargetIndicator,
  type TargetUnit,
} from '../../domain/evaluation/targets-sheet';
import type { Ctx } from '../auth/principal';
import type { Db, Executor } from '../db/client';
import { evaluationMethods, evaluationTargets } from '../db/schema/evaluation';
import { departments, rankingGroupMembers, rankingGroups, regions } from '../db/schema/org';
import { AppError, notFound } from '../http/errors';
import { readFirstSheet } from '../imports/sheet-reader';
import { addListValidation, addTableSheet, newWorkbook } from '../office/xlsx';
import { putTargets } from './methods';

/** The method's units (members of its ranking groups) and its indicators that take targets. */
async function frame(db: Executor, methodId: string) {
  const [m] = await db.select().from(evaluationMethods).where(eq(evaluationMethods.id, methodId));
  if (!m) throw notFound('method');
  const groups = await db.select().from(rankingGroups).where(inArray(rankingGroups.id, m.groupIds));
  const members = await db
    .select()
    .from(rankingGroupMembers)
    .where(inArray(rankingGroupMembers.groupId, m.groupIds));
  const ids = members.map((x) => x.memberId);
  const [regs, deps] = await Promise.all([
    db
      .select({ id: regions.id, name: regions.name })
      .from(regions)
      .where(inArray(regions.id, ids.length ? ids : [''])),
    db
      .select({ id: departments.id, name: departments.name })
      .from(departments)
      .where(inArray(departments.id, ids.length ? ids : [''])),
  ]);
  const units: TargetUnit[] = members.map((x) => {
    const kind = groups.find((g) => g.id === x.groupId)?.kind;
    const name = (kind === 'departments' ? deps : regs).find((u) => u.id === x.memberId)?.name;
    return { id: x.memberId, name: name ?? x.memberId };
  });
  const indicators: TargetIndicator[] = m.body.indicators
    .filter((i) => i.target !== 'none')
    .map((i) => ({ key: i.key, name: i.name, money: METRICS[i.metric] === 'money' }));
  return { method: m, units, indicators };
}

/** The year's target sheet: one row per unit and indicator, today's targets filled in, drop-downs. */
export async function targetsTemplate(db: Executor, methodId: string, year: number) {
  const { method, units, indicators } = await frame(db, methodId);
  const current = await db
    .select()
    .from(evaluationTargets)
    .where(and(eq(evaluationTargets.methodId, methodId), eq(evaluationTargets.year, year)));
  const rows = units.flatMap((u) =>
    indicators.map((i) => ({
      unit: u.name,
      indicator: i.name,
      value: current.find((c) => c.unitId === u.id && c.indicatorKey === i.key)?.value ?? null,
    })),
  );
  const wb = newWorkbook();
  const ws = addTableSheet(
    wb,
    `${year}年目标`,
    [
      { header: '单位', width: 18, value: (r: (typeof rows)[number]) => r.unit },
      { header: '指标', width: 24, value: (r: (typeof rows)[number]) => r.indicator },
      { header: '目标值', width: 20, value: (r: (typeof rows)[number]) => r.value },
    ],
    rows,
  );
  addListValidation(
    ws,
    `A2:A${rows.length + 200}`,
    units.map((u) => u.name),
  );
  addListValidation(
    ws,
    `B2:B${rows.length + 200}`,
    indicators.map((i) => i.name),
  );
  const rules = wb.addWorksheet('填写说明');
  for (const line of [
    `《${method.body.name}》第 ${method.version} 版 ${year} 年度目标`,
    '每行一个单位的一项指标；目标值必须大于 0，留空表示该单位该项不设目标。',
    '金额类指标可写 2.5亿、5000万元 或以元为单位的数字；个数类指标写整数或小数。',
    '上传后先检查：所有问题逐行列出，全部无误才写入，并整体替换该年度的目标。',
  ])
    rules.addRow([line]);
  rules.getColumn(1).width = 80;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Reads a target sheet; a dry run lists what it found and every problem, a commit replaces the year's targets. */
export async function importTargets(
  db: Db,
  ctx: Ctx,
  methodId: string,
  year: number,
  bytes: Buffer,
  dryRun: boolean,
) {
  const { units, indicators } = await frame(db, methodId);
  const sheet = await readFirstSheet(bytes, 5000);
  const parsed = parseTargetsSheet(sheet.header, sheet.rows, units, indicators);
  const problems = [...sheet.problems, ...parsed.problems];
  const report = { dryRun, year, rows: parsed.rows, problems, written: 0 };
  if (dryRun) return report;
  if (problems.length) {
    throw new AppError('IMPORT_INVALID', `${problems.length} problems in the sheet; nothing was imported`, {
      problems,
    });
  }
  await putTargets(db, ctx, methodId, { year, rows: parsed.rows.map(({ row: _r, ...x }) => x) });
  return { ...report, written: parsed.rows.length };
}
