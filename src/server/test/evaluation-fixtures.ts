/**
 * A one-indicator method for tests: 签约项目数 worth 100 points on min-max, 红榜 1 and 表态发言 1,
 * with the units named in `leftOut` listed but not ranked (so a test ranks a few counties only).
 */
export function signedCountMethod(name: string, leftOut: readonly string[]) {
  return {
    name,
    totalPoints: '100',
    periodKind: 'quarter',
    indicators: [
      {
        key: 'count',
        name: '签约项目数',
        metric: 'signed_count',
        basis: 'level',
        direction: 'positive',
        points: '100',
        normalisation: { kind: 'min_max' },
        target: 'none',
      },
    ],
    rules: [],
    outcomes: { commend: 1, pledge: 1 },
    exclusions: { units: [...leftOut] },
  };
}

/** The transitions that take a new lead to signed on `date` (formal contract, start by 2026-12-01). */
export const signingSteps = (date: string, contractedInvestment: unknown) => [
  { to: 'negotiating', date: '2026-01-10' },
  { to: 'signed', date, signing: { signingType: 'formal', contractedInvestment, startBy: '2026-12-01' } },
];
