import type { LandSituation, SigningType } from '../lifecycle/stages';
import type { IndustryCategory, PromotionMethod } from '../projects/fields';
import type { ColumnSpec } from './sheet';

/** The columns of the project import template: Chinese header, accepted aliases, required or not. */
export const PROJECT_COLUMNS = [
  { key: 'name', header: '项目名称', aliases: ['名称', '项目'], required: true },
  {
    key: 'region',
    header: '县（市、区）',
    aliases: ['县市区', '县区', '所属县区', '县（市区）', '地区', '区域'],
    required: true,
  },
  { key: 'industryCategory', header: '产业类别', aliases: ['类别', '项目类别'], required: true },
  {
    key: 'strategicEmerging',
    header: '战略性新兴产业',
    aliases: ['是否战略性新兴产业', '战新'],
    required: false,
  },
  { key: 'industry', header: '行业', aliases: ['所属行业', '产业'], required: true },
  {
    key: 'investorName',
    header: '投资方',
    aliases: ['投资主体', '签约企业', '企业名称', '投资企业'],
    required: true,
  },
  { key: 'creditCode', header: '统一社会信用代码', aliases: ['信用代码', '社会信用代码'], required: false },
  {
    key: 'totalInvestment',
    header: '总投资（万元）',
    aliases: ['总投资', '总投资额', '投资额'],
    required: true,
  },
  {
    key: 'contractedInvestment',
    header: '合同引资额（万元）',
    aliases: ['合同引资额', '引资额', '合同金额'],
    required: false,
  },
  { key: 'landSituation', header: '供地方式', aliases: ['用地情况', '土地'], required: true },
  { key: 'signingType', header: '签约类型', aliases: ['签约形式'], required: false },
  { key: 'signedOn', header: '签约日期', aliases: ['签约时间'], required: false },
  {
    key: 'startBy',
    header: '约定开工日期',
    aliases: ['开工期限', '计划开工日期', '计划开工时间'],
    required: false,
  },
  { key: 'promotionMethods', header: '招商方式', aliases: ['招商形式'], required: false },
  { key: 'description', header: '项目简介', aliases: ['建设内容', '简介', '备注'], required: false },
] as const satisfies readonly ColumnSpec<string>[];

export type ProjectColumnKey = (typeof PROJECT_COLUMNS)[number]['key'];

export const INDUSTRY_CATEGORY_NAMES: Readonly<Record<string, IndustryCategory>> = {
  工业: 'industrial',
  制造业: 'industrial',
  服务业: 'services',
  现代服务业: 'services',
  农业: 'agriculture',
  基础设施: 'infrastructure',
  社会民生: 'social',
  社会事业: 'social',
};
export const LAND_SITUATION_NAMES: Readonly<Record<string, LandSituation>> = {
  已有用地: 'existing_land',
  需新供地: 'new_land',
  新供地: 'new_land',
  标准厂房: 'standard_factory',
};
export const SIGNING_TYPE_NAMES: Readonly<Record<string, SigningType>> = {
  框架协议: 'framework',
  正式合同: 'formal',
  合同: 'formal',
};
export const PROMOTION_METHOD_NAMES: Readonly<Record<string, PromotionMethod>> = {
  小分队招商: 'small_team',
  产业链招商: 'chain',
  股权招商: 'equity_fund',
  基金招商: 'equity_fund',
  以商招商: 'business_referral',
  敲门招商: 'door_knocking',
  精准招商: 'precision',
  展会招商: 'expo',
  展会: 'expo',
};
