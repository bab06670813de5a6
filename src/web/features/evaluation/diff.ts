import { hundredthsOf } from './figures';
import type { UnitLine } from './types';

/** How a unit's draft line differs from the published one of the same period. */
export type LineDiff = {
  /** The published total and rank, or null when the unit was not in it. */
  before: { total: string; rank: number } | null;
  /** Draft total − published total, in hundredths of a point. */
  delta: bigint;
  /** Keys of the indicators and rules whose points changed. */
  changed: Set<string>;
};

/** Unit by unit, what a draft would change in the published ranking. */
export function diffLines(draft: readonly UnitLine[], published: readonly UnitLine[]): Map<string, LineDiff> {
  const out = new Map<string, LineDiff>();
  for (const line of draft) {
    const old = published.find((p) => p.unitId === line.unitId);
    if (!old) {
      out.set(line.unitId, { before: null, delta: hundredthsOf(line.total), changed: new Set() });
      continue;
    }
    const changed = new Set<string>();
    for (const i of line.indicators) {
      const o = old.indicators.find((x) => x.key === i.key);
      if (!o || o.points !== i.points) changed.add(i.key);
    }
    for (const r of line.rules) {
      const o = old.rules.find((x) => x.key === r.key);
      if (!o || o.points !== r.points) changed.add(r.key);
    }
    out.set(line.unitId, {
      before: { total: old.total, rank: old.rank },
      delta: hundredthsOf(line.total) - hundredthsOf(old.total),
      changed,
    });
  }
  return out;
}

/** Whether anything in the draft differs from the published result. */
export const anyChange = (diff: Map<string, LineDiff>) =>
  [...diff.values()].some((d) => d.before === null || d.delta !== 0n || d.changed.size > 0);
