import { signingReleaseSentence, signingReleaseText } from '../../domain/signing/release';
import { signingStatistics, type SignedProject } from '../../domain/signing/statistics';
import { fenToYuan, yuanToFen } from '../../domain/money/money';
import { exclusionsOf } from '../../domain/duplicates/counting';
import type { Ctx } from '../auth/principal';
import { openDuplicateIds } from '../duplicates/open';
import { getSetting } from '../settings/service';
import type { Db } from '../db/client';
import { notFound } from '../http/errors';
import { signingRepo } from './repo';

/** Statistics and release of the projects signed at an event (within the caller's scope). */
export async function eventReport(db: Db, ctx: Ctx, eventId: string) {
  const repo = signingRepo(db, ctx.scope);
  const event = await repo.findEvent(eventId);
  if (!event) throw notFound('signing event');
  const all = await repo.signedProjects(eventId);
  const rules = await getSetting(db, 'counting.rules');
  const open = await openDuplicateIds(
    db,
    all.map((r) => r.p.id),
  );
  const excluded = all
    .map(({ p, regionName }) => ({
      p,
      regionName,
      rules: exclusionsOf({ ...p, openDuplicate: open.has(p.id) }, rules),
    }))
    .filter((x) => x.rules.length > 0);
  const excludedIds = new Set(excluded.map((x) => x.p.id));
  const rows = all.filter((r) => !excludedIds.has(r.p.id));
  const toSigned = ({ p }: (typeof all)[number]): SignedProject => ({
    totalInvestment: p.totalInvestment,
    contractedInvestment: p.contractedInvestment,
    industryCategory: p.industryCategory,
    strategicEmerging: p.strategicEmerging,
    originRegion: p.originRegion,
    foreign: p.foreignCapital,
    signingType: p.signingType,
  });
  const stats = signingStatistics(rows.map(toSigned));
  const band = (min: number) => stats.bySizeBand.find((b) => b.minYi === min)?.bucket.count ?? 0;
  const byRegion = new Map<string, { regionId: string; regionName: string; count: number; fen: bigint }>();
  for (const { p, regionName } of rows) {
    const r = byRegion.get(p.regionId) ?? { regionId: p.regionId, regionName, count: 0, fen: 0n };
    r.count++;
    r.fen += yuanToFen(p.totalInvestment);
    byRegion.set(p.regionId, r);
  }
  return {
    eventId,
    title: event.title,
    heldOn: event.heldOn,
    statistics: stats,
    byRegion: [...byRegion.values()].map((r) => ({
      regionId: r.regionId,
      regionName: r.regionName,
      count: r.count,
      totalInvestment: fenToYuan(r.fen),
    })),
    headline: signingReleaseSentence(stats.all.count, stats.all.totalInvestment),
    release: signingReleaseText(event.title, {
      count: stats.all.count,
      totalInvestment: stats.all.totalInvestment,
      atLeast10Yi: band(10),
      atLeast5Yi: band(5),
      industrial: stats.byIndustry.industrial.count,
      strategicEmerging: stats.byIndustry.strategicEmerging.count,
      services: stats.byIndustry.services.count,
      agriculture: stats.byIndustry.agriculture.count,
      foreign: stats.foreign.count,
      formal: stats.bySigningType.formal.count,
      framework: stats.bySigningType.framework.count,
    }),
    /** Everything signed, before the counting rules. */
    allStatistics: signingStatistics(all.map(toSigned)),
    excluded: excluded.map(({ p, regionName, rules: r }) => ({
      id: p.id,
      code: p.code,
      name: p.name,
      regionName,
      totalInvestment: p.totalInvestment,
      rules: r,
    })),
    projects: rows.map(({ p, regionName }) => ({
      id: p.id,
      code: p.code,
      name: p.name,
      regionName,
      investorName: p.investorName,
      industry: p.industry,
      industryCategory: p.industryCategory,
      totalInvestment: p.totalInvestment,
      contractedInvestment: p.contractedInvestment,
      signingType: p.signingType,
    })),
  };
}

export type EventReport = Awaited<ReturnType<typeof eventReport>>;
