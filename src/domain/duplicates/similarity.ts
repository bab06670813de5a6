import { toHalfWidth } from '../text';

/**
 * Normalised investor name: half-width, no spaces or brackets' content such as (中国), and
 * without the legal-form words that vary between announcements (有限公司, 股份, 集团 …).
 */
export function normaliseInvestorName(name: string): string {
  return toHalfWidth(name)
    .replace(/\s+/g, '')
    .replace(/[(（][^)）]*[)）]/g, '')
    .replace(/(股份有限公司|有限责任公司|有限公司|股份|集团|控股|公司|Co\.?,?Ltd\.?|Ltd\.?|Inc\.?)/gi, '')
    .toLowerCase();
}

/** Normalised project name: half-width, no spaces or punctuation, without the generic 项目 suffix. */
export function normaliseProjectName(name: string): string {
  return toHalfWidth(name)
    .replace(/[\s\p{P}\p{S}]/gu, '')
    .replace(/(建设)?项目$/, '')
    .toLowerCase();
}

function bigrams(s: string): Map<string, number> {
  const chars = [...s];
  const out = new Map<string, number>();
  if (chars.length === 1) out.set(s, 1);
  for (let i = 0; i < chars.length - 1; i++) {
    const g = `${chars[i]}${chars[i + 1]}`;
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}

/** Sørensen–Dice similarity over character bigrams, 0…1 (1 = same multiset of bigrams). */
export function diceSimilarity(a: string, b: string): number {
  if (!a || !b) return 0;
  if (a === b) return 1;
  const x = bigrams(a);
  const y = bigrams(b);
  let common = 0;
  let total = 0;
  for (const n of x.values()) total += n;
  for (const [g, n] of y) {
    total += n;
    common += Math.min(n, x.get(g) ?? 0);
  }
  return total === 0 ? 0 : (2 * common) / total;
}
