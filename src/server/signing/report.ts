import { exclusionsOf } from '../../domain/duplicates/counting';
import { signingReleaseSentence, signingReleaseText } from '../../domain/signing/release';
import { signingStatisticsFromGroups } from '../../domain/signing/statistics';
import type { Ctx } from '../auth/principal';
import type { Db } from '../db/client';
import { notFound } from '../http/errors';
import { getSetting } from '../settings/service';
import { signingRepo } from './repo';
import { reportQueries } from './report-queries';

/** How many project rows a report carries (statistics always cover all of them; exports list all). */
export const REPORT_LIST_LIMIT = 1000;

/**
 * Statistics and release of the projects signed at an event, within the caller's scope, after
 * the counting rules (不予认定); the excluded projects are listed with the rules that exclude them.
 */
export async function eventReport(db: Db, ctx: Ctx, eventId: string, listLimit = REPORT_LIST_LIMIT) {
  const event = await signingRepo(db, ctx.scope).findEvent(eventId);
  if (!event) throw notFound('signing event');
  const rules = await getSetting(db, 'counting.rules');
  const q = reportQueries(db, ctx.scope, eventId, rules);
  const [{ counted, all }, byRegion, listed, excluded, excludedCount] = await Promise.all([
    q.groups(),
    q.byRegion(),
    q.projects('counted', listLimit),
    q.projects('excluded', listLimit),
    q.excludedCount(),
  ]);
  const stats = signingStatisticsFromGroups(counted);
  const band = (min: number) => stats.bySizeBand.find((b) => b.minYi === min)?.bucket.count ?? 0;
  return {
    eventId,
    title: event.title,
    heldOn: event.heldOn,
    statistics: stats,
    /** Everything signed, before the counting rules. */
    allStatistics: signingStatisticsFromGroups(all),
    byRegion,
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
    excludedCount,
    excluded: excluded.map(({ p, regionName, openDuplicate }) => ({
      id: p.id,
      code: p.code,
      name: p.name,
      regionName,
      totalInvestment: p.totalInvestment,
      rules: exclusionsOf({ ...p, openDuplicate }, rules),
    })),
    projects: listed.map(({ p, regionName }) => ({
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
