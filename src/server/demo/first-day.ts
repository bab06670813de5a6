import type { Ctx } from '../auth/principal';
import { createInvestor } from '../investors/service';
import { NANYANG_REGIONS } from '../org/nanyang';
import { recordNewProject } from '../projects/service';
import { signAgenda } from '../signing/sign';
import { createEvent, putOnAgenda } from '../signing/service';
import { DEMO_TEMPLATES, demoInvestorName } from './projects-data';
import { walker, pick, type DemoEnv } from './walk';

/** Investors from outside the province: local capital is not counted in the headline figures. */
const OUTSIDE_TEMPLATES = DEMO_TEMPLATES.filter((t) => t.province !== '河南省');

/** 42 projects, total investment just over 200亿 (201.36亿), as at the first signing day of 2021-07-28. */
export const FIRST_DAY_COUNT = 42;
export const FIRST_DAY_TOTAL_WAN = 2_013_600;

/** Amounts in 万元: 6 large, 14 medium, 22 of at least 1亿; the largest absorbs the rounding so the sum is exact. */
function amounts(rand: () => number): number[] {
  const out = [
    ...Array.from({ length: 6 }, () => 100_000 + Math.floor(rand() * 6) * 10_000),
    ...Array.from({ length: 14 }, () => 40_000 + Math.floor(rand() * 5) * 4_000),
    ...Array.from({ length: 22 }, () => 10_000 + Math.floor(rand() * 6) * 3_000),
  ];
  const diff = FIRST_DAY_TOTAL_WAN - out.reduce((a, b) => a + b, 0);
  out[0] = (out[0] ?? 0) + diff;
  if ((out[0] ?? 0) < 10_000) throw new Error('demo amounts do not add up');
  return out;
}

/**
 * The first monthly signing day (南阳市2021年7月项目签约推进日), prepared, put on the agenda by the
 * counties and signed in one action by the city, exactly as users do it; then the projects progress.
 */
export async function seedFirstSigningDay(env: DemoEnv, admin: Ctx, ctxFor: (regionId: string) => Ctx) {
  const event = await createEvent(env.db, admin, {
    kind: 'monthly',
    month: '2021-07',
    mainVenue: '南阳市会展中心',
    subVenues: [
      { regionId: '411381', venue: '邓州市分会场' },
      { regionId: '411330', venue: '桐柏县分会场' },
    ],
    reports: [{ title: '全市重点项目建设情况', presenter: '市发展改革委主任', unit: '市发展和改革委员会' }],
    pledgeSpeakers: [
      { unitName: '社旗县', speaker: '县长' },
      { unitName: '鸭河工区', speaker: '管委会主任' },
    ],
  });
  const regions = NANYANG_REGIONS.filter((r) => r.kind !== 'city');
  const list = amounts(env.rand);
  const created: { id: string; version: number; regionId: string }[] = [];
  for (let i = 0; i < FIRST_DAY_COUNT; i++) {
    const region = pick(regions, i);
    const t = pick(OUTSIDE_TEMPLATES, i * 5);
    const ctx = ctxFor(region.id);
    const investor = await createInvestor(env.db, ctx, {
      name: demoInvestorName(t, i),
      kind: 'investor',
      originProvince: t.province,
      originCountry: '中国',
      ownership: t.city === '香港' ? 'hmt' : i % 9 === 0 ? 'state' : 'private',
      fortune500: i % 13 === 0,
      china500: i % 5 === 0,
      listed: i % 4 === 0,
      industry: t.industry,
      contacts: [{ name: '项目负责人', phone: `1380000${String(1000 + i)}` }],
    });
    const wan = list[i] ?? 10_000;
    const p = await recordNewProject(env.db, ctx, {
      name: `${region.name.replace(/(区|县|市)$/, '')}${t.product}项目`,
      regionId: region.id,
      industryCategory: t.category,
      strategicEmerging: t.emerging,
      industry: t.industry,
      investorName: investor.name,
      investorId: investor.id,
      totalInvestment: `${wan * 10_000}`,
      promotionMethods: t.methods,
      brings: ['capital'],
      landSituation: i % 3 === 0 ? 'standard_factory' : 'new_land',
      leadSource: i % 2 ? 'door_knocking' : 'chain_map',
      realEstate: false,
      fiscallyFunded: false,
      description: `${investor.name}投资建设${t.product}。`,
    });
    const w = walker(env, ctx, p.id, p.version);
    await w.move('negotiating', '2021-07-06', { note: '完成投资协议条款洽谈' });
    await putOnAgenda(env.db, ctx, event.id, {
      projectId: p.id,
      signingType: i % 6 === 0 ? 'framework' : 'formal',
      contractedInvestment: `${Math.floor(wan * 0.8) * 10_000}`,
      fundsOutOfProvince: `${Math.floor(wan * 0.8) * 10_000}`,
      registerBy: '2021-09-28',
      startBy: '2022-01-28',
      produceBy: '2023-01-28',
      venueRegionId: region.id === '411381' || region.id === '411330' ? region.id : null,
    });
    created.push({ id: p.id, version: p.version + 1, regionId: region.id });
  }
  await signAgenda(env.db, admin, event.id);
  // After the signing day: most register, many start and some produce.
  let steps = 0;
  for (const [i, p] of created.entries()) {
    const ctx = ctxFor(p.regionId);
    const w = walker(env, ctx, p.id, p.version + 1);
    type Step = [Parameters<typeof w.move>[0], string];
    const plan: Step[] = [];
    const registers = i % 7 !== 6;
    const starts = registers && i % 3 !== 2;
    if (registers) plan.push(['registered', '2021-09-10']);
    if (starts && i % 3 === 0) plan.push(['started', '2021-12-20']); // standard factory: no 供地
    if (starts && i % 3 !== 0) plan.push(['land_secured', '2021-11-15'], ['started', '2022-01-20']);
    if (starts && i % 4 === 0) plan.push(['completed', '2022-10-30'], ['producing', '2023-01-15']);
    for (const [to, date] of plan) {
      await w.move(to, date, { note: to === 'started' ? '项目主体工程开工' : null });
      steps++;
    }
  }
  return { eventId: event.id, projects: created.length, steps: FIRST_DAY_COUNT + steps };
}
