import type { ChainDetail } from './types';

/**
 * The counties whose projects, signed this year, closed a 补链/延链 gap of the chain (among the
 * projects the caller may see), with how many gaps each closed.
 */
export function closingCounties(chain: ChainDetail, year: string): { regionId: string; gaps: number }[] {
  const counts = new Map<string, number>();
  for (const node of chain.nodes) {
    if (!node.gap || node.gap.kind === 'strengthen') continue;
    const regions = new Set(
      node.projects
        .filter((p) => p.stage !== 'terminated' && (p.signedOn ?? '').startsWith(year))
        .map((p) => p.regionId),
    );
    for (const r of regions) counts.set(r, (counts.get(r) ?? 0) + 1);
  }
  return [...counts].map(([regionId, gaps]) => ({ regionId, gaps }));
}
