import { YI_FEN } from '../money/money';

/** A monthly report's funds above these bounds are refused unless the filer confirms them. */
export type FundsSanity = { maxMonthlyYi: number; beyondContracted: boolean };
export const DEFAULT_FUNDS_SANITY: FundsSanity = { maxMonthlyYi: 10, beyondContracted: true };

export type FundsCheck = {
  monthFen: bigint;
  /** Funds arrived in the other months (the cumulative figure without this month). */
  otherMonthsFen: bigint;
  contractedFen: bigint | null;
};

export type FundsWarning =
  | { code: 'above_monthly_bound'; monthFen: bigint; boundFen: bigint }
  | { code: 'beyond_contracted'; cumulativeFen: bigint; contractedFen: bigint };

/** Why an amount looks implausible (empty: plausible). The caller refuses unless confirmed. */
export function fundsWarnings(c: FundsCheck, s: FundsSanity): FundsWarning[] {
  const out: FundsWarning[] = [];
  const boundFen = BigInt(Math.round(s.maxMonthlyYi * 100)) * (YI_FEN / 100n);
  if (c.monthFen > boundFen) out.push({ code: 'above_monthly_bound', monthFen: c.monthFen, boundFen });
  const cumulativeFen = c.otherMonthsFen + c.monthFen;
  if (
    s.beyondContracted &&
    c.contractedFen !== null &&
    c.contractedFen > 0n &&
    cumulativeFen > c.contractedFen
  ) {
    out.push({ code: 'beyond_contracted', cumulativeFen, contractedFen: c.contractedFen });
  }
  return out;
}
