import { MORE_DEMO_CHAINS } from './atlas-data-more';

/**
 * The ten Nanyang chains of the 2021 "234" system (DESIGN §6) for the demo: plausible nodes, local
 * firms (fictional: `${brand}${sector}有限公司` of a county), gaps and targets (fictional firms with
 * the flags such firms carry). `anchor` is the node the demo projects of that industry fill.
 */
export type DemoFirm = [name: string, county: string, aboveScale: boolean, leader: boolean, outputYi: number];
export type DemoTarget = [name: string, province: string, flags: ('f500' | 'c500' | 'listed' | 'top100')[]];
export type DemoNode = {
  key: string;
  name: string;
  segment: 'upstream' | 'midstream' | 'downstream';
  parent?: string;
  tech?: string[];
  firms?: DemoFirm[];
  targets?: DemoTarget[];
};
export type DemoChain = {
  name: string;
  group: 'traditional' | 'pillar' | 'emerging';
  chief: string;
  industry: string;
  anchor: string;
  positions: [county: string, position: 'leading' | 'emerging' | 'characteristic'][];
  nodes: DemoNode[];
};

export const DEMO_CHAINS: readonly DemoChain[] = [
  {
    name: '智能装备',
    group: 'pillar',
    chief: '市长',
    industry: '装备制造',
    anchor: 'robot',
    positions: [
      ['411302', 'leading'],
      ['411303', 'leading'],
      ['411381', 'emerging'],
    ],
    nodes: [
      {
        key: 'steel',
        name: '特种钢材与铸锻件',
        segment: 'upstream',
        tech: ['大型铸锻件'],
        firms: [['宛钢特材有限公司', '411303', true, true, 32]],
      },
      {
        key: 'parts',
        name: '减速器与伺服电机',
        segment: 'upstream',
        tech: ['精密减速器', '伺服系统'],
        firms: [['卧龙精传科技有限公司', '411303', false, false, 1.2]],
        targets: [
          ['苏州恒驰精密传动股份有限公司', '江苏', ['listed', 'top100']],
          ['宁波东力传动集团有限公司', '浙江', ['listed']],
        ],
      },
      {
        key: 'control',
        name: '工业控制系统',
        segment: 'upstream',
        tech: ['PLC', '工业软件'],
        targets: [['深圳汇控自动化股份有限公司', '广东', ['listed', 'top100']]],
      },
      {
        key: 'machine',
        name: '数控机床',
        segment: 'midstream',
        tech: ['五轴联动'],
        firms: [
          ['宛城精机有限公司', '411302', true, false, 4.5],
          ['南阳数控装备有限公司', '411302', true, false, 3.1],
          ['卧龙机床有限公司', '411303', true, false, 2.6],
        ],
      },
      {
        key: 'robot',
        name: '工业机器人整机',
        segment: 'midstream',
        parent: 'machine',
        tech: ['六轴机器人'],
        targets: [
          ['上海新松智能机器人股份有限公司', '上海', ['listed', 'top100']],
          ['广州数控智造集团有限公司', '广东', ['c500']],
        ],
      },
      {
        key: 'line',
        name: '智能产线集成',
        segment: 'downstream',
        firms: [['宛城智联装备有限公司', '411302', false, false, 0.8]],
      },
      {
        key: 'service',
        name: '运维与再制造服务',
        segment: 'downstream',
        parent: 'line',
        targets: [['北京智维工业服务有限公司', '北京', []]],
      },
    ],
  },
  {
    name: '数字光电',
    group: 'emerging',
    chief: '常务副市长',
    industry: '数字光电',
    anchor: 'module',
    positions: [
      ['411302', 'leading'],
      ['411330', 'characteristic'],
    ],
    nodes: [
      {
        key: 'glass',
        name: '光学玻璃与晶体',
        segment: 'upstream',
        tech: ['光学玻璃熔炼'],
        firms: [['南阳光学材料有限公司', '411330', true, true, 18]],
      },
      {
        key: 'lens',
        name: '光学镜片与镜头',
        segment: 'midstream',
        tech: ['非球面镜片'],
        firms: [
          ['宛光镜头科技有限公司', '411302', true, false, 6.5],
          ['卧龙光学有限公司', '411303', true, false, 3.2],
          ['西峡精密光学有限公司', '411323', true, false, 2.4],
        ],
      },
      {
        key: 'module',
        name: '摄像模组',
        segment: 'midstream',
        parent: 'lens',
        tech: ['车载摄像模组'],
        targets: [
          ['江西欧光科技集团有限公司', '江西', ['f500', 'listed']],
          ['深圳舜宇光电有限公司', '广东', ['listed']],
        ],
      },
      {
        key: 'chip',
        name: '图像传感芯片',
        segment: 'upstream',
        tech: ['CMOS 图像传感器'],
        targets: [['上海韦思半导体股份有限公司', '上海', ['listed', 'top100']]],
      },
      {
        key: 'device',
        name: '光电整机与终端',
        segment: 'downstream',
        firms: [['南阳光电仪器有限公司', '411302', false, false, 0.6]],
      },
      {
        key: 'lidar',
        name: '激光雷达与车载光学',
        segment: 'downstream',
        parent: 'device',
        targets: [['北京禾赛光电科技有限公司', '北京', ['listed']]],
      },
    ],
  },
  {
    name: '节能环保',
    group: 'emerging',
    chief: '副市长',
    industry: '节能环保',
    anchor: 'equip',
    positions: [['411303', 'emerging']],
    nodes: [
      {
        key: 'material',
        name: '环保材料与药剂',
        segment: 'upstream',
        firms: [['南阳净源环保材料有限公司', '411303', true, false, 2.2]],
      },
      {
        key: 'equip',
        name: '节能环保装备',
        segment: 'midstream',
        tech: ['高效除尘', '余热回收'],
        targets: [['江苏龙净环保科技股份有限公司', '江苏', ['listed', 'top100']]],
      },
      {
        key: 'monitor',
        name: '环境监测仪器',
        segment: 'midstream',
        firms: [['宛城环测仪器有限公司', '411302', false, false, 0.4]],
      },
      {
        key: 'service',
        name: '环境治理与运营服务',
        segment: 'downstream',
        firms: [['南阳城投环境有限公司', '411302', true, true, 12]],
      },
      {
        key: 'recycle',
        name: '再生资源利用',
        segment: 'downstream',
        parent: 'service',
        targets: [['格林循环科技股份有限公司', '广东', ['listed', 'c500']]],
      },
    ],
  },
  {
    name: '超硬材料',
    group: 'emerging',
    chief: '副市长',
    industry: '新材料',
    anchor: 'tools',
    positions: [
      ['411330', 'leading'],
      ['411302', 'characteristic'],
    ],
    nodes: [
      {
        key: 'raw',
        name: '石墨与触媒原料',
        segment: 'upstream',
        firms: [
          ['方城石墨科技有限公司', '411322', true, false, 3.5],
          ['南阳触媒材料有限公司', '411322', true, false, 2.8],
          ['内乡矿材有限公司', '411325', true, false, 1.9],
        ],
      },
      {
        key: 'press',
        name: '六面顶压机',
        segment: 'upstream',
        tech: ['大腔体压机'],
        targets: [['郑州华晶装备有限公司', '河南', ['top100']]],
      },
      {
        key: 'crystal',
        name: '人造金刚石单晶',
        segment: 'midstream',
        tech: ['大单晶合成'],
        firms: [['中南钻石材料有限公司', '411330', true, true, 45]],
      },
      {
        key: 'powder',
        name: '微粉与复合片',
        segment: 'midstream',
        parent: 'crystal',
        firms: [['宛城微粉科技有限公司', '411302', false, false, 0.9]],
      },
      {
        key: 'tools',
        name: '超硬刀具与磨具',
        segment: 'downstream',
        tech: ['PCD 刀具'],
        targets: [
          ['株洲钻石切削刀具股份有限公司', '湖南', ['listed', 'top100']],
          ['无锡锡钻工具有限公司', '江苏', []],
        ],
      },
      {
        key: 'semi',
        name: '半导体与光学应用',
        segment: 'downstream',
        parent: 'tools',
        tech: ['金刚石散热片'],
        targets: [['北京天科合达半导体股份有限公司', '北京', ['listed']]],
      },
    ],
  },
  {
    name: '5G',
    group: 'emerging',
    chief: '副市长',
    industry: '5G',
    anchor: 'module5g',
    positions: [['411302', 'emerging']],
    nodes: [
      {
        key: 'rf',
        name: '射频器件与滤波器',
        segment: 'upstream',
        targets: [['无锡好达电子股份有限公司', '江苏', ['top100']]],
      },
      {
        key: 'pcb',
        name: '高频印制电路板',
        segment: 'upstream',
        firms: [['南阳电路科技有限公司', '411302', true, false, 1.6]],
      },
      {
        key: 'module5g',
        name: '5G 通信模组',
        segment: 'midstream',
        tech: ['5G RedCap 模组'],
        targets: [['上海移远通信技术股份有限公司', '上海', ['listed', 'top100']]],
      },
      {
        key: 'base',
        name: '基站与配套设备',
        segment: 'midstream',
        firms: [['宛通信息设备有限公司', '411302', false, false, 0.7]],
      },
      {
        key: 'app',
        name: '5G 行业应用',
        segment: 'downstream',
        tech: ['智慧矿山', '工业互联网'],
        firms: [['南阳数智应用有限公司', '411302', false, false, 0.3]],
      },
    ],
  },
  ...MORE_DEMO_CHAINS,
];

export const DEMO_GROUPS = { traditional: '传统产业转型', pillar: '支柱产业', emerging: '新兴产业' } as const;
