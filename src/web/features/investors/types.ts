import type { InvestorKind, OriginRegion, Ownership } from '../../../domain/investors/fields';

export type Contact = {
  name: string;
  title?: string | null;
  phone?: string | null;
  email?: string | null;
};

/** An enterprise of the investor registry (客商库), as the API shows it. */
export type Investor = {
  id: string;
  name: string;
  creditCode: string | null;
  kind: InvestorKind;
  originProvince: string | null;
  originCountry: string | null;
  originRegion: OriginRegion | null;
  ownership: Ownership | null;
  fortune500: boolean;
  china500: boolean;
  listed: boolean;
  industry: string | null;
  contacts: Contact[];
  notes: string | null;
  ownerRegionId: string | null;
  version: number;
  updatedAt: string;
};

export type InvestorInput = {
  name: string;
  creditCode: string | null;
  kind: InvestorKind;
  originProvince: string | null;
  originCountry: string | null;
  originRegion: OriginRegion | null;
  ownership: Ownership | null;
  fortune500: boolean;
  china500: boolean;
  listed: boolean;
  industry: string | null;
  contacts: Contact[];
  notes: string | null;
  ownerRegionId?: string | null;
};

export const INVESTOR_FLAGS = ['fortune500', 'china500', 'listed'] as const;
export type InvestorFlag = (typeof INVESTOR_FLAGS)[number];

export type InvestorListParams = {
  q: string;
  kind: string;
  originRegion: string;
  flag: InvestorFlag | '';
  page: number;
  pageSize: number;
};

export type InvestorPage = { items: Investor[]; total: number; page: number; pageSize: number };

/** Provinces offered for the origin field (free text is accepted too). */
export const PROVINCES = [
  '北京',
  '天津',
  '河北',
  '山西',
  '内蒙古',
  '辽宁',
  '吉林',
  '黑龙江',
  '上海',
  '江苏',
  '浙江',
  '安徽',
  '福建',
  '江西',
  '山东',
  '河南',
  '湖北',
  '湖南',
  '广东',
  '广西',
  '海南',
  '重庆',
  '四川',
  '贵州',
  '云南',
  '西藏',
  '陕西',
  '甘肃',
  '青海',
  '宁夏',
  '新疆',
  '香港',
  '澳门',
  '台湾',
];
