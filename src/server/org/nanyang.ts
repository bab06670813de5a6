import type { RankingGroupKind, RegionKind } from '../../domain/org/roles';

/** Nanyang's organisation (DESIGN §2): region ids are administrative codes; zones use local codes. */
export const NANYANG_REGIONS: readonly { id: string; name: string; kind: RegionKind }[] = [
  { id: '411300', name: '南阳市', kind: 'city' },
  { id: '411303', name: '卧龙区', kind: 'district' },
  { id: '411302', name: '宛城区', kind: 'district' },
  { id: '411381', name: '邓州市', kind: 'county_city' },
  { id: '411321', name: '南召县', kind: 'county' },
  { id: '411322', name: '方城县', kind: 'county' },
  { id: '411323', name: '西峡县', kind: 'county' },
  { id: '411324', name: '镇平县', kind: 'county' },
  { id: '411325', name: '内乡县', kind: 'county' },
  { id: '411326', name: '淅川县', kind: 'county' },
  { id: '411327', name: '社旗县', kind: 'county' },
  { id: '411328', name: '唐河县', kind: 'county' },
  { id: '411329', name: '新野县', kind: 'county' },
  { id: '411330', name: '桐柏县', kind: 'county' },
  { id: '411371', name: '南阳高新区', kind: 'zone' },
  { id: '411372', name: '城乡一体化示范区', kind: 'zone' },
  { id: '411373', name: '官庄工区', kind: 'zone' },
  { id: '411374', name: '鸭河工区', kind: 'zone' },
];

export const NANYANG_DEPARTMENTS: readonly { id: string; name: string }[] = [
  { id: 'fgw', name: '市发展和改革委员会' },
  { id: 'zsj', name: '市投资促进局' },
  { id: 'zrzy', name: '市自然资源和规划局' },
  { id: 'sthj', name: '市生态环境局' },
  { id: 'czj', name: '市财政局' },
  { id: 'gxj', name: '市工业和信息化局' },
  { id: 'zjj', name: '市住房和城乡建设局' },
  { id: 'swj', name: '市商务局' },
  { id: 'spj', name: '市行政审批服务局' },
  { id: 'gdj', name: '国网南阳供电公司' },
  { id: 'slj', name: '市水利局' },
  { id: 'rsj', name: '市人力资源和社会保障局' },
];

export const NANYANG_RANKING_GROUPS: readonly { id: string; name: string; kind: RankingGroupKind }[] = [
  { id: 'counties', name: '县市区', kind: 'counties' },
  { id: 'zones', name: '功能区', kind: 'zones' },
  { id: 'departments', name: '市直部门', kind: 'departments' },
];
