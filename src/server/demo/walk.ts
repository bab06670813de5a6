import type { Stage } from '../../domain/lifecycle/stages';
import type { Ctx } from '../auth/principal';
import type { Db, Tx } from '../db/client';
import { files } from '../db/schema/projects';
import type { FileStore } from '../files/store';
import { recordTransition, type transitionProject } from '../projects/service';
import { placeholderPng } from './png';

export type DemoEnv = { tx: Tx; db: Db; store: FileStore; now: Date; rand: () => number };

const EVIDENCE_STAGES: readonly Stage[] = ['started', 'completed', 'producing'];

type Extra = Omit<Parameters<typeof transitionProject>[3], 'to' | 'date' | 'version' | 'evidenceFileIds'>;

/** Moves one demo project along its lifecycle through the real service, with a site photo where one is required. */
export function walker(env: DemoEnv, ctx: Ctx, projectId: string, version: number) {
  let current = version;
  let steps = 0;
  return {
    get steps() {
      return steps;
    },
    async move(to: Stage, date: string, extra: Partial<Extra> = {}) {
      const evidenceFileIds: string[] = [];
      if (EVIDENCE_STAGES.includes(to)) {
        const png = placeholderPng(160, 120, [60 + Math.floor(env.rand() * 120), 110, 160]);
        const stored = await env.store.put(png);
        const [f] = await env.tx
          .insert(files)
          .values({
            projectId,
            name: `现场照片-${to}.png`,
            mime: 'image/png',
            size: stored.size,
            sha256: stored.sha256,
            storageKey: stored.key,
            // A 160×120 placeholder is already thumbnail-sized: it is its own preview.
            thumbnailKey: stored.key,
            uploadedBy: ctx.principal.id,
            createdAt: env.now,
          })
          .returning();
        if (f) evidenceFileIds.push(f.id);
      }
      current = await recordTransition(env.db, ctx, projectId, {
        to,
        date,
        version: current,
        evidenceFileIds,
        ...extra,
      });
      steps++;
    },
  };
}

export const addDays = (date: string, days: number) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/** Deterministic pseudo-random numbers, so every demo database looks the same. */
export function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(list: readonly T[], i: number): T {
  const item = list[i % list.length];
  if (item === undefined) throw new Error('empty list');
  return item;
}
