/** Investor origin regions of DESIGN §3 (where the capital comes from). */
export const ORIGIN_REGIONS = [
  'yangtze_delta',
  'jingjinji',
  'gba',
  'chengyu',
  'central',
  'other_province',
  'overseas',
  'local',
] as const;
export type OriginRegion = (typeof ORIGIN_REGIONS)[number];

/** 民营, 国有, 外资, 港澳台. */
export const OWNERSHIPS = ['private', 'state', 'foreign', 'hmt'] as const;
export type Ownership = (typeof OWNERSHIPS)[number];

/** Local existing enterprise (本地企业, source of expansions and referrals) or an outside investor or target. */
export const INVESTOR_KINDS = ['local', 'investor', 'target'] as const;
export type InvestorKind = (typeof INVESTOR_KINDS)[number];

/** Provinces (and the overseas marker) mapped to the origin regions used in statistics. */
const PROVINCE_REGION: Readonly<Record<string, OriginRegion>> = {
  上海: 'yangtze_delta',
  江苏: 'yangtze_delta',
  浙江: 'yangtze_delta',
  安徽: 'yangtze_delta',
  北京: 'jingjinji',
  天津: 'jingjinji',
  河北: 'jingjinji',
  广东: 'gba',
  香港: 'gba',
  澳门: 'gba',
  四川: 'chengyu',
  重庆: 'chengyu',
  湖北: 'central',
  湖南: 'central',
  江西: 'central',
  山西: 'central',
};

/** The origin region of an investor from its province (河南 counts as local when `home` is 河南). */
export function originRegionOf(
  province: string | null,
  country: string | null,
  home = '河南',
): OriginRegion | null {
  if (country && !['中国', 'China', 'CN'].includes(country)) return 'overseas';
  if (!province) return null;
  const p = province.replace(/(省|市|特别行政区|壮族自治区|回族自治区|维吾尔自治区|自治区)$/, '');
  if (p === home.replace(/省$/, '')) return 'local';
  return PROVINCE_REGION[p] ?? 'other_province';
}

/** Foreign capital (外资) includes Hong Kong, Macao and Taiwan. */
export function isForeignCapital(
  ownership: Ownership | null,
  country: string | null,
  province: string | null,
): boolean {
  if (ownership === 'foreign' || ownership === 'hmt') return true;
  if (country && !['中国', 'China', 'CN'].includes(country)) return true;
  return province !== null && /^(香港|澳门|台湾)/.test(province);
}
