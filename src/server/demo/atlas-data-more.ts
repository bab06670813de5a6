import type { DemoChain } from './atlas-data';

/** The other five demo chains (生物制剂与中医药, 汽车及零部件, 食品加工, 纺织, 碳酸钙): see atlas-data.ts. */
export const MORE_DEMO_CHAINS: readonly DemoChain[] = [
  {
    name: '生物制剂与中医药',
    group: 'emerging',
    chief: '市委副书记',
    industry: '生物医药',
    anchor: 'bio',
    positions: [
      ['411323', 'leading'],
      ['411303', 'characteristic'],
    ],
    nodes: [
      {
        key: 'herbs',
        name: '道地药材种植（艾草、山茱萸）',
        segment: 'upstream',
        firms: [
          ['西峡山茱萸种植有限公司', '411323', true, false, 1.5],
          ['宛艾生物科技有限公司', '411303', true, false, 3.8],
          ['内乡中药材有限公司', '411325', true, false, 1.1],
        ],
      },
      {
        key: 'slices',
        name: '中药饮片',
        segment: 'midstream',
        firms: [['宛西制药股份有限公司', '411323', true, true, 26]],
      },
      {
        key: 'bio',
        name: '生物制剂与疫苗',
        segment: 'midstream',
        tech: ['动物疫苗', '重组蛋白'],
        targets: [
          ['成都康华生物制品股份有限公司', '四川', ['listed']],
          ['武汉生物制品研究所有限责任公司', '湖北', ['c500']],
        ],
      },
      {
        key: 'health',
        name: '艾制品与大健康',
        segment: 'downstream',
        firms: [['南阳艾生活有限公司', '411303', false, false, 0.9]],
      },
      {
        key: 'cro',
        name: '研发外包与检测',
        segment: 'downstream',
        parent: 'health',
        targets: [['上海药明检测有限公司', '上海', ['listed', 'top100']]],
      },
    ],
  },
  {
    name: '汽车及零部件',
    group: 'pillar',
    chief: '副市长',
    industry: '汽车及零部件',
    anchor: 'ev',
    positions: [
      ['411303', 'leading'],
      ['411302', 'emerging'],
    ],
    nodes: [
      {
        key: 'casting',
        name: '汽车铸件与锻件',
        segment: 'upstream',
        firms: [['南阳飞龙汽车零部件有限公司', '411323', true, true, 38]],
      },
      {
        key: 'parts',
        name: '排气系统与热管理',
        segment: 'midstream',
        firms: [
          ['宛城汽配有限公司', '411302', true, false, 2.5],
          ['卧龙热管理科技有限公司', '411303', true, false, 2.1],
          ['西峡汽车水泵有限公司', '411323', true, false, 4.2],
        ],
      },
      {
        key: 'ev',
        name: '新能源汽车三电',
        segment: 'midstream',
        tech: ['电驱', '电池包'],
        targets: [
          ['宁德时代新能源科技股份有限公司', '福建', ['f500', 'listed']],
          ['合肥国轩高科动力能源有限公司', '安徽', ['listed', 'c500']],
        ],
      },
      {
        key: 'vehicle',
        name: '专用车整车',
        segment: 'downstream',
        firms: [['南阳专用汽车有限公司', '411302', false, false, 0.8]],
      },
      {
        key: 'after',
        name: '汽车后市场',
        segment: 'downstream',
        parent: 'vehicle',
        targets: [['途虎养车服务有限公司', '上海', ['listed']]],
      },
    ],
  },
  {
    name: '食品加工',
    group: 'pillar',
    chief: '副市长',
    industry: '食品加工',
    anchor: 'deep',
    positions: [
      ['411381', 'leading'],
      ['411323', 'characteristic'],
      ['411326', 'characteristic'],
    ],
    nodes: [
      {
        key: 'grain',
        name: '小麦、玉米与食用菌基地',
        segment: 'upstream',
        firms: [
          ['邓州粮业有限公司', '411381', true, false, 5.2],
          ['西峡香菇产业有限公司', '411323', true, true, 15],
        ],
      },
      {
        key: 'primary',
        name: '粮油初加工',
        segment: 'midstream',
        firms: [['南阳面业有限公司', '411381', true, false, 3.3]],
      },
      {
        key: 'deep',
        name: '食品精深加工',
        segment: 'midstream',
        parent: 'primary',
        tech: ['冻干', '功能食品'],
        targets: [
          ['河南双汇投资发展股份有限公司', '河南', ['c500', 'listed']],
          ['三全食品股份有限公司', '河南', ['listed']],
        ],
      },
      {
        key: 'cold',
        name: '冷链与中央厨房',
        segment: 'downstream',
        targets: [['郑州千味央厨食品股份有限公司', '河南', ['listed']]],
      },
      { key: 'brand', name: '品牌营销与电商', segment: 'downstream', parent: 'cold' },
    ],
  },
  {
    name: '纺织',
    group: 'traditional',
    chief: '副市长',
    industry: '纺织服装',
    anchor: 'garment',
    positions: [
      ['411381', 'characteristic'],
      ['411302', 'characteristic'],
    ],
    nodes: [
      {
        key: 'cotton',
        name: '棉纺与化纤',
        segment: 'upstream',
        firms: [['南阳纺织集团有限公司', '411302', true, true, 20]],
      },
      {
        key: 'weave',
        name: '织造与印染',
        segment: 'midstream',
        firms: [['邓州织造有限公司', '411381', false, false, 0.7]],
      },
      {
        key: 'garment',
        name: '高端服装与家纺',
        segment: 'downstream',
        targets: [
          ['宁波雅戈尔服饰有限公司', '浙江', ['c500', 'listed']],
          ['江苏罗莱家纺股份有限公司', '江苏', ['listed']],
        ],
      },
      {
        key: 'tech',
        name: '产业用纺织品',
        segment: 'downstream',
        parent: 'garment',
        tech: ['医用敷料', '过滤材料'],
        targets: [['稳健医疗用品股份有限公司', '广东', ['listed']]],
      },
    ],
  },
  {
    name: '碳酸钙',
    group: 'traditional',
    chief: '副市长',
    industry: '碳酸钙',
    anchor: 'nano',
    positions: [
      ['411324', 'leading'],
      ['411328', 'characteristic'],
    ],
    nodes: [
      {
        key: 'mine',
        name: '方解石矿开采',
        segment: 'upstream',
        firms: [
          ['镇平方解石矿业有限公司', '411324', true, false, 2.2],
          ['唐河矿业有限公司', '411328', true, false, 1.6],
          ['淅川钙业有限公司', '411326', true, false, 1.3],
        ],
      },
      {
        key: 'heavy',
        name: '重质碳酸钙',
        segment: 'midstream',
        firms: [['镇平钙业有限公司', '411324', true, false, 3.1]],
      },
      {
        key: 'nano',
        name: '纳米与改性碳酸钙',
        segment: 'midstream',
        parent: 'heavy',
        tech: ['表面改性'],
        targets: [['广西华纳新材料股份有限公司', '广西', ['listed']]],
      },
      {
        key: 'plastic',
        name: '塑料、造纸与涂料应用',
        segment: 'downstream',
        targets: [['金发科技股份有限公司', '广东', ['listed', 'c500']]],
      },
    ],
  },
];
