import { count } from 'drizzle-orm';
import { MAIN_PATH, type LandSituation, type MainStage, type Stage } from '../../domain/lifecycle/stages';
import { shanghaiDate } from '../../domain/time';
import { appendAudit } from '../audit/trail';
import { hashPassword } from '../auth/password';
import { scopeOf, systemCtx, type Ctx, type Principal } from '../auth/principal';
import type { Db, Tx } from '../db/client';
import { files } from '../db/schema/projects';
import { users } from '../db/schema/users';
import type { FileStore } from '../files/store';
import { NANYANG_REGIONS } from '../org/nanyang';
import { createProject, transitionProject } from '../projects/service';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './accounts';
import { placeholderPng } from './png';
import { DEMO_TEMPLATES } from './projects-data';

/** Deterministic pseudo-random numbers, so every demo database looks the same. */
function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const addDays = (date: string, days: number) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

const EVIDENCE_STAGES: readonly Stage[] = ['started', 'completed', 'producing'];
const TARGETS: readonly (MainStage | 'stalled' | 'terminated')[] = [
  'lead',
  'negotiating',
  'negotiating',
  'signed',
  'signed',
  'registered',
  'land_secured',
  'started',
  'started',
  'completed',
  'producing',
  'producing',
  'at_capacity',
  'stalled',
  'terminated',
];

const LAND_CHOICES: readonly LandSituation[] = ['new_land', 'new_land', 'standard_factory', 'existing_land'];

function pick<T>(list: readonly T[], i: number): T {
  const item = list[i % list.length];
  if (item === undefined) throw new Error('empty list');
  return item;
}

export type DemoSummary = { accounts: number; projects: number; transitions: number };

/** The demo accounts (password Tuijin2021!), each creation audited. */
export async function seedDemoAccounts(tx: Tx, now: Date) {
  const hash = await hashPassword(DEMO_PASSWORD);
  const inserted = await tx
    .insert(users)
    .values(DEMO_ACCOUNTS.map((a) => ({ ...a, passwordHash: hash, createdAt: now, updatedAt: now })))
    .returning();
  for (const u of inserted) {
    const { passwordHash: _p, ...after } = u;
    await appendAudit(
      tx,
      systemCtx(now).actor,
      {
        action: 'user.create',
        entityType: 'user',
        entityId: u.id,
        diff: { before: null, after, demo: true },
      },
      now,
    );
  }
  return inserted;
}

/** Creates the demo accounts and projects (through the same services users call) when there are no accounts yet. */
export async function seedDemo(db: Db, store: FileStore, now: Date): Promise<DemoSummary | null> {
  const [row] = await db.select({ n: count() }).from(users);
  if ((row?.n ?? 0) > 0) return null;
  return db.transaction(async (tx) => {
    const txDb = tx as unknown as Db;
    const inserted = await seedDemoAccounts(tx, now);
    const admin = inserted.find((u) => u.role === 'city_admin');
    if (!admin) throw new Error('demo admin missing');
    const officers = new Map(inserted.filter((u) => u.regionId).map((u) => [u.regionId, u]));
    const ctxFor = (regionId: string): Ctx => {
      const u = officers.get(regionId) ?? admin;
      const principal: Principal = { ...u, mustChangePassword: false };
      return {
        principal,
        scope: scopeOf(principal),
        actor: { id: u.id, username: u.username, ip: null },
        now,
      };
    };
    const rand = prng(20210728);
    const today = shanghaiDate(now);
    let projects = 0;
    let transitions = 0;
    const regions = NANYANG_REGIONS.filter((r) => r.kind !== 'city');
    for (const [ri, region] of regions.entries()) {
      const n = region.kind === 'zone' ? 3 : 4 + Math.floor(rand() * 4);
      for (let i = 0; i < n; i++) {
        const t = pick(DEMO_TEMPLATES, ri * 5 + i * 3);
        const landSituation: LandSituation = pick(LAND_CHOICES, Math.floor(rand() * 4));
        const wan = 10_000 + Math.floor(rand() * 60) * 5_000 + (rand() < 0.15 ? 300_000 : 0);
        const ctx = ctxFor(region.id);
        const created = await createProject(txDb, ctx, {
          name: `${region.name.replace(/(区|县|市)$/, '')}${t.product}项目`,
          regionId: region.id,
          industryCategory: t.category,
          strategicEmerging: t.emerging,
          industry: t.industry,
          investorName: t.investor,
          totalInvestment: `${wan * 10_000}`,
          promotionMethods: t.methods,
          brings: rand() < 0.3 ? ['capital', 'technology'] : ['capital'],
          landSituation,
          realEstate: false,
          fiscallyFunded: t.category === 'infrastructure',
          introducedBy: rand() < 0.3 ? '市政府主要领导' : null,
          description: `${t.investor}投资建设${t.product}，主要建设厂房、研发中心及配套设施。`,
        });
        projects++;
        const target = pick(TARGETS, Math.floor(rand() * TARGETS.length));
        const mainTarget: MainStage = target === 'stalled' || target === 'terminated' ? 'registered' : target;
        let date = addDays('2021-07-01', Math.floor(rand() * 1500));
        let version = created.version;
        let stage: Stage = 'lead';
        const move = async (to: Stage, extra: Partial<Parameters<typeof transitionProject>[3]> = {}) => {
          const evidenceFileIds: string[] = [];
          if (EVIDENCE_STAGES.includes(to)) {
            const png = placeholderPng(160, 120, [60 + Math.floor(rand() * 120), 110, 160]);
            const stored = await store.put(png);
            const [f] = await tx
              .insert(files)
              .values({
                projectId: created.id,
                name: `现场照片-${to}.png`,
                mime: 'image/png',
                size: stored.size,
                sha256: stored.sha256,
                storageKey: stored.key,
                uploadedBy: ctx.principal.id,
                createdAt: now,
              })
              .returning();
            if (f) evidenceFileIds.push(f.id);
          }
          const d = await transitionProject(txDb, ctx, created.id, {
            to,
            date,
            version,
            evidenceFileIds,
            ...extra,
          });
          version = d.version;
          stage = to;
          transitions++;
        };
        const path = MAIN_PATH.slice(1, MAIN_PATH.indexOf(mainTarget) + 1);
        for (const to of path) {
          const next = addDays(date, 20 + Math.floor(rand() * 90));
          if (next >= today) break;
          date = next;
          if (to === 'land_secured' && landSituation !== 'new_land' && path.includes('started')) continue;
          if (to === 'signed') {
            await move(to, {
              note: rand() < 0.5 ? '在月度项目签约推进日现场签约' : '县区分会场云签约',
              signing: {
                signingType: rand() < 0.35 ? 'framework' : 'formal',
                contractedInvestment: `${Math.floor(wan * (0.6 + rand() * 0.4)) * 10_000}`,
                registerBy: addDays(date, 60),
                startBy: addDays(date, 180),
                produceBy: addDays(date, 540),
              },
            });
          } else {
            await move(to, { note: stage === 'lead' ? '完成项目初步对接' : null });
          }
        }
        if ((target === 'stalled' || target === 'terminated') && addDays(date, 30) < today) {
          date = addDays(date, 30);
          await move(target, {
            reason: target === 'stalled' ? '企业资金链紧张，项目暂缓建设' : '企业战略调整，终止投资',
          });
        }
      }
    }
    return { accounts: inserted.length, projects, transitions };
  });
}
