import { count, eq } from 'drizzle-orm';
import { MAIN_PATH, type LandSituation, type MainStage } from '../../domain/lifecycle/stages';
import { FIRST_SIGNING_MONTH, monthlyOccurrences } from '../../domain/signing/schedule';
import { shanghaiDate } from '../../domain/time';
import { appendAudit } from '../audit/trail';
import { hashPassword } from '../auth/password';
import { scopeOf, systemCtx, type Ctx, type Principal } from '../auth/principal';
import type { Db, Tx } from '../db/client';
import { projects } from '../db/schema/projects';
import { signingEvents } from '../db/schema/signing';
import { users } from '../db/schema/users';
import type { FileStore } from '../files/store';
import { createInvestor } from '../investors/service';
import { NANYANG_REGIONS } from '../org/nanyang';
import { addNote, addVisit } from '../pipeline/service';
import { recordNewProject } from '../projects/service';
import { createEvent } from '../signing/service';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './accounts';
import { seedDelivery } from './delivery';
import { seedFirstSigningDay } from './first-day';
import { seedSupervision } from './supervision';
import { seedAtlas } from './atlas';
import { seedEvaluation } from './evaluation';
import { DEMO_TEMPLATES, demoInvestorName } from './projects-data';
import { addDays, pick, prng, walker, type DemoEnv } from './walk';

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

export type DemoSummary = {
  accounts: number;
  projects: number;
  transitions: number;
  events: number;
  reports: number;
  teams: number;
  items: number;
  itemEvents: number;
};

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

/** The 28th of a date's month: demo signings happen on the monthly signing day. */
const signingDayOf = (date: string) => `${date.slice(0, 7)}-28`;

/**
 * Creates the demo: accounts; the first signing day (42 projects, just over 200亿); projects of
 * every county signed on later monthly signing days and progressing (some late, stalled,
 * producing); leads with visits and notes; a planted duplicate claim; every monthly event since
 * 2021-07. Everything goes through the services users call, so it is audited and checked.
 */
export async function seedDemo(db: Db, store: FileStore, now: Date): Promise<DemoSummary | null> {
  const [row] = await db.select({ n: count() }).from(users);
  if ((row?.n ?? 0) > 0) return null;
  return db.transaction(async (tx) => {
    const env: DemoEnv = { tx, db: tx as unknown as Db, store, now, rand: prng(20210728) };
    const inserted = await seedDemoAccounts(tx, now);
    const ctxOf = (u: (typeof inserted)[number]): Ctx => {
      const principal: Principal = { ...u, mustChangePassword: false };
      return {
        principal,
        scope: scopeOf(principal),
        actor: { id: u.id, username: u.username, ip: null },
        now,
      };
    };
    const adminRow = inserted.find((u) => u.role === 'city_admin');
    if (!adminRow) throw new Error('demo admin missing');
    const admin = ctxOf(adminRow);
    const officers = new Map(inserted.filter((u) => u.regionId).map((u) => [u.regionId, ctxOf(u)]));
    const ctxFor = (regionId: string) => officers.get(regionId) ?? admin;

    const first = await seedFirstSigningDay(env, admin, ctxFor);
    let projectCount = first.projects;
    let transitions = first.steps;
    const today = shanghaiDate(now);
    const { rand } = env;
    const regions = NANYANG_REGIONS.filter((r) => r.kind !== 'city');
    let brand = 42;
    for (const [ri, region] of regions.entries()) {
      const n = region.kind === 'zone' ? 3 : 4 + Math.floor(rand() * 3);
      for (let i = 0; i < n; i++) {
        const t = pick(DEMO_TEMPLATES, ri * 5 + i * 3);
        const ctx = ctxFor(region.id);
        const landSituation = pick(LAND_CHOICES, Math.floor(rand() * 4));
        const wan = 10_000 + Math.floor(rand() * 60) * 5_000 + (rand() < 0.15 ? 300_000 : 0);
        const investor = await createInvestor(env.db, ctx, {
          name: demoInvestorName(t, brand++),
          originProvince: t.province,
          originCountry: '中国',
          ownership: t.city === '香港' ? 'hmt' : 'private',
          fortune500: false,
          china500: rand() < 0.1,
          listed: rand() < 0.25,
          industry: t.industry,
          kind: 'investor',
          contacts: [],
        });
        const created = await recordNewProject(env.db, ctx, {
          name: `${region.name.replace(/(区|县|市)$/, '')}${t.product}${i ? `${i + 1}期` : ''}项目`,
          regionId: region.id,
          industryCategory: t.category,
          strategicEmerging: t.emerging,
          industry: t.industry,
          investorName: investor.name,
          investorId: investor.id,
          totalInvestment: `${wan * 10_000}`,
          promotionMethods: t.methods,
          brings: rand() < 0.3 ? ['capital', 'technology'] : ['capital'],
          landSituation,
          leadSource: pick(
            ['door_knocking', 'referral', 'expo', 'leader_assigned', 'chain_map'] as const,
            i + ri,
          ),
          realEstate: false,
          fiscallyFunded: t.category === 'infrastructure',
          introducedBy: rand() < 0.3 ? '市政府主要领导' : null,
          description: `${investor.name}投资建设${t.product}，主要建设厂房、研发中心及配套设施。`,
        });
        projectCount++;
        const target = pick(TARGETS, Math.floor(rand() * TARGETS.length));
        const mainTarget: MainStage = target === 'stalled' || target === 'terminated' ? 'registered' : target;
        const w = walker(env, ctx, created.id, created.version);
        let date = addDays('2021-08-01', Math.floor(rand() * 1500));
        let signedOn: string | null = null;
        for (const to of MAIN_PATH.slice(1, MAIN_PATH.indexOf(mainTarget) + 1)) {
          let next = addDays(date, 20 + Math.floor(rand() * 90));
          if (to === 'signed')
            next = signingDayOf(next) < next ? signingDayOf(addDays(next, 10)) : signingDayOf(next);
          if (next >= today) break;
          date = next;
          if (to === 'land_secured' && landSituation !== 'new_land' && mainTarget !== 'land_secured')
            continue;
          if (to === 'signed') {
            signedOn = date;
            await w.move(to, date, {
              note: rand() < 0.5 ? '在月度项目签约推进日现场签约' : '县区分会场云签约',
              signing: {
                signingType: rand() < 0.35 ? 'framework' : 'formal',
                contractedInvestment: `${Math.floor(wan * (0.6 + rand() * 0.4)) * 10_000}`,
                fundsOutOfProvince: `${Math.floor(wan * 0.5) * 10_000}`,
                registerBy: addDays(date, 60),
                startBy: addDays(date, 180),
                produceBy: addDays(date, 540),
              },
            });
          } else {
            await w.move(to, date, { note: to === 'negotiating' ? '完成项目初步对接' : null });
          }
        }
        if ((target === 'stalled' || target === 'terminated') && addDays(date, 30) < today) {
          await w.move(target, addDays(date, 30), {
            reason: target === 'stalled' ? '企业资金链紧张，项目暂缓建设' : '企业战略调整，终止投资',
          });
        }
        transitions += w.steps;
        if (!signedOn && (target === 'lead' || target === 'negotiating')) {
          const visitOn = addDays(today, -10 - Math.floor(rand() * 40));
          await addVisit(env.db, ctx, created.id, {
            visitedOn: visitOn,
            visitors: `${region.name}招商局 张科长、李干事`,
            peopleMet: '企业投资发展部负责人',
            place: `${t.city}${investor.name.replace(/有限公司$/, '')}总部`,
            outcome: '企业对落地南阳有明确意向，关注用地和配套政策',
            nextStep: '邀请企业来宛实地考察',
            photoFileIds: [],
          });
          await addNote(env.db, ctx, created.id, {
            notedOn: addDays(visitOn, 3),
            content: '初步商定用地约80亩，企业要求提供标准厂房过渡方案。',
          });
        }
        if (signedOn)
          await tx.update(projects).set({ signingEventId: null }).where(eq(projects.id, created.id));
      }
    }
    const events = await seedMonthlyEvents(tx, env, admin, today);
    const delivery = await seedDelivery(env, admin, ctxFor, {
      leaderId: inserted.find((u) => u.role === 'leader')?.id ?? null,
      handlerId: inserted.find((u) => u.role === 'unit_handler')?.id ?? null,
    });
    // A double claim (一炮数响): 邓州 announces a project that 宛城 signed on the first signing day.
    const [firstWancheng] = await tx.select().from(projects).where(eq(projects.regionId, '411302')).limit(1);
    if (firstWancheng) {
      await recordNewProject(env.db, ctxFor('411381'), {
        name: firstWancheng.name.replace('宛城', '邓州'),
        regionId: '411381',
        industryCategory: firstWancheng.industryCategory,
        strategicEmerging: firstWancheng.strategicEmerging,
        industry: firstWancheng.industry,
        investorName: firstWancheng.investorName.replace('有限公司', '股份有限公司'),
        totalInvestment: firstWancheng.totalInvestment,
        promotionMethods: [],
        brings: ['capital'],
        landSituation: 'new_land',
        realEstate: false,
        fiscallyFunded: false,
      });
      projectCount++;
    }
    const supervision = await seedSupervision(env, admin, new Map(inserted.map((u) => [u.username, u.id])));
    const atlas = await seedAtlas(tx, admin, inserted.find((u) => u.role === 'leader')?.id ?? null);
    const judges = inserted.filter((u) => u.role === 'leader' || u.role === 'supervisor').map(ctxOf);
    const evaluation = await seedEvaluation(env, admin, [admin, ...judges]);
    return {
      accounts: inserted.length,
      projects: projectCount,
      transitions,
      events,
      ...delivery,
      ...supervision,
      ...atlas,
      ...evaluation,
    };
  });
}

/** Every monthly signing day since the first: held ones linked to the projects signed that day. */
async function seedMonthlyEvents(tx: Tx, env: DemoEnv, admin: Ctx, today: string) {
  const months = monthlyOccurrences(FIRST_SIGNING_MONTH, addDays(today, 40).slice(0, 7));
  let created = 0;
  for (const o of months) {
    if (o.month === FIRST_SIGNING_MONTH) continue;
    const e = await createEvent(env.db, admin, {
      kind: 'monthly',
      month: o.month,
      mainVenue: '南阳市会展中心',
      subVenues: [],
      reports: [],
      pledgeSpeakers: [],
    });
    created++;
    if (o.date <= today) {
      const signed = await tx
        .update(projects)
        .set({ signingEventId: e.id })
        .where(eq(projects.signedOn, o.date))
        .returning({ id: projects.id });
      await tx
        .update(signingEvents)
        .set({ status: signed.length ? 'held' : 'planned' })
        .where(eq(signingEvents.id, e.id));
    }
  }
  return created + 1;
}
