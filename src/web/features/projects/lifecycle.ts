import {
  MAIN_PATH,
  type MainStage,
  type Stage,
  isMainStage,
  stageIndex,
} from '../../../domain/lifecycle/stages';
import type { Project, Transition } from './types';

/** Transitions oldest first (by date, then by when they were recorded). */
export function chronological(transitions: readonly Transition[]): Transition[] {
  return [...transitions].sort(
    (a, b) => a.occurredOn.localeCompare(b.occurredOn) || a.createdAt.localeCompare(b.createdAt),
  );
}

/** The main-path stage a project last stood on (for stalled / terminated projects: before it left). */
export function lastMainStage(project: Project): MainStage | null {
  if (isMainStage(project.stage)) return project.stage;
  if (project.stageBeforeStall && isMainStage(project.stageBeforeStall)) return project.stageBeforeStall;
  let last: MainStage | null = null;
  for (const tr of chronological(project.transitions)) {
    if (isMainStage(tr.toStage)) last = tr.toStage;
    else if (tr.fromStage && isMainStage(tr.fromStage)) last = tr.fromStage;
  }
  return last;
}

/** The date each main stage was (last) reached. */
export function reachedOn(project: Project): Partial<Record<MainStage, string>> {
  const dates: Partial<Record<MainStage, string>> = {};
  for (const tr of chronological(project.transitions)) {
    if (isMainStage(tr.toStage)) dates[tr.toStage] = tr.occurredOn;
  }
  return dates;
}

/** Main-path stages strictly between two stages (what a transition skipped). */
export function skippedStages(from: Stage | null, to: Stage): MainStage[] {
  if (!from || !isMainStage(from) || !isMainStage(to)) return [];
  return MAIN_PATH.slice(stageIndex(from) + 1, stageIndex(to));
}

/** A skip as the server words it, "land_secured:no_new_land_needed" (or just the reason). */
export function parseSkip(value: string | null): { stage: string | null; why: string } | null {
  if (!value) return null;
  const i = value.indexOf(':');
  return i < 0 ? { stage: null, why: value } : { stage: value.slice(0, i), why: value.slice(i + 1) };
}

/** Main-path stages a project skipped on its way (e.g. 供地 for a standard factory building). */
export function skippedOnPath(project: Project): Set<string> {
  const skipped = new Set<string>();
  for (const tr of project.transitions) {
    const skip = parseSkip(tr.skipReason);
    if (skip?.stage) skipped.add(skip.stage);
    else if (skip) for (const s of skippedStages(tr.fromStage, tr.toStage)) skipped.add(s);
  }
  return skipped;
}

/** The date of the latest transition, before which no new one may be dated. */
export function lastTransitionOn(project: Project): string | null {
  const all = chronological(project.transitions);
  return all.length ? (all[all.length - 1]?.occurredOn ?? null) : null;
}
