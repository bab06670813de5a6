import type { IndustryCategory, PromotionMethod } from '../../domain/projects/fields';

/** Fictional investors and products for the demo projects (names are invented). */
export const DEMO_TEMPLATES: readonly {
  investor: string;
  product: string;
  industry: string;
  category: IndustryCategory;
  emerging: boolean;
  methods: PromotionMethod[];
}[] = [
  {
    investor: '深圳华光智能装备有限公司',
    product: '智能装备产业园',
    industry: '装备制造',
    category: 'industrial',
    emerging: true,
    methods: ['chain', 'small_team'],
  },
  {
    investor: '苏州锦程光电科技有限公司',
    product: '光电元器件生产基地',
    industry: '数字光电',
    category: 'industrial',
    emerging: true,
    methods: ['chain'],
  },
  {
    investor: '北京中科绿源环保集团',
    product: '节能环保装备制造',
    industry: '节能环保',
    category: 'industrial',
    emerging: true,
    methods: ['precision'],
  },
  {
    investor: '郑州金刚石新材料有限公司',
    product: '超硬材料制品',
    industry: '新材料',
    category: 'industrial',
    emerging: true,
    methods: ['business_referral'],
  },
  {
    investor: '杭州云联通信技术有限公司',
    product: '5G通信模组产业园',
    industry: '5G',
    category: 'industrial',
    emerging: true,
    methods: ['expo', 'chain'],
  },
  {
    investor: '上海仲景生物制药有限公司',
    product: '中药饮片及生物制剂',
    industry: '生物医药',
    category: 'industrial',
    emerging: true,
    methods: ['small_team'],
  },
  {
    investor: '广州宛驰汽车零部件有限公司',
    product: '汽车零部件生产线',
    industry: '汽车及零部件',
    category: 'industrial',
    emerging: false,
    methods: ['door_knocking'],
  },
  {
    investor: '河南伏牛食品集团有限公司',
    product: '绿色食品精深加工',
    industry: '食品加工',
    category: 'industrial',
    emerging: false,
    methods: ['business_referral'],
  },
  {
    investor: '江苏恒丰纺织科技有限公司',
    product: '高端纺织服装',
    industry: '纺织服装',
    category: 'industrial',
    emerging: false,
    methods: ['door_knocking', 'small_team'],
  },
  {
    investor: '浙江方解石新材料有限公司',
    product: '纳米碳酸钙',
    industry: '碳酸钙',
    category: 'industrial',
    emerging: false,
    methods: ['chain'],
  },
  {
    investor: '成都天府冷链物流有限公司',
    product: '冷链物流园',
    industry: '现代物流',
    category: 'services',
    emerging: false,
    methods: ['precision'],
  },
  {
    investor: '武汉楚天文旅集团',
    product: '文旅康养综合体',
    industry: '文化旅游',
    category: 'services',
    emerging: false,
    methods: ['expo'],
  },
  {
    investor: '南京数智云科技有限公司',
    product: '数字经济产业园',
    industry: '数字经济',
    category: 'services',
    emerging: true,
    methods: ['equity_fund'],
  },
  {
    investor: '山东寿光农业发展有限公司',
    product: '现代农业产业园',
    industry: '现代农业',
    category: 'agriculture',
    emerging: false,
    methods: ['small_team'],
  },
  {
    investor: '中能新能源（香港）有限公司',
    product: '光伏储能电站',
    industry: '新能源',
    category: 'industrial',
    emerging: true,
    methods: ['equity_fund', 'precision'],
  },
  {
    investor: '中建城投（北京）有限公司',
    product: '城市综合管廊',
    industry: '基础设施',
    category: 'infrastructure',
    emerging: false,
    methods: ['precision'],
  },
];
