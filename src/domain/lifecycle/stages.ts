/** Project lifecycle stages (DESIGN §3). Order of the main path matters: it is the delivery chain. */
export const MAIN_PATH = [
  'lead',
  'negotiating',
  'signed',
  'registered',
  'land_secured',
  'started',
  'completed',
  'producing',
  'at_capacity',
] as const;

export const SIDE_STAGES = ['stalled', 'terminated'] as const;

export const STAGES = [...MAIN_PATH, ...SIDE_STAGES] as const;

export type MainStage = (typeof MAIN_PATH)[number];
export type Stage = (typeof STAGES)[number];

/** Pipeline stages come before the signing; delivery stages after it. */
export const PIPELINE_STAGES: readonly Stage[] = ['lead', 'negotiating'];

export function isMainStage(stage: Stage): stage is MainStage {
  return (MAIN_PATH as readonly string[]).includes(stage);
}

/** Position on the main path, or -1 for side stages. */
export function stageIndex(stage: Stage): number {
  return (MAIN_PATH as readonly string[]).indexOf(stage);
}

/** True when a project in `stage` has reached `milestone` on the main path (side stages: never). */
export function hasReached(stage: Stage, milestone: MainStage): boolean {
  const i = stageIndex(stage);
  return i >= 0 && i >= stageIndex(milestone);
}

export const LAND_SITUATIONS = ['existing_land', 'new_land', 'standard_factory'] as const;
export type LandSituation = (typeof LAND_SITUATIONS)[number];

export const SIGNING_TYPES = ['framework', 'formal'] as const;
export type SigningType = (typeof SIGNING_TYPES)[number];
