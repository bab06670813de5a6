/** Enumerations of project fields (DESIGN §3). */
export const INDUSTRY_CATEGORIES = [
  'industrial',
  'services',
  'agriculture',
  'infrastructure',
  'social',
] as const;
export type IndustryCategory = (typeof INDUSTRY_CATEGORIES)[number];

export const PROMOTION_METHODS = [
  'small_team',
  'chain',
  'equity_fund',
  'business_referral',
  'door_knocking',
  'precision',
  'expo',
] as const;
export type PromotionMethod = (typeof PROMOTION_METHODS)[number];

/** 引资、引智、引技. */
export const BRINGS = ['capital', 'talent', 'technology'] as const;
export type Brings = (typeof BRINGS)[number];
