import { describe, expect, it } from 'vitest';
import { parseProjectSheet, type SheetRow } from './project-sheet';

const regions = [
  { id: '411302', name: '宛城区' },
  { id: '411381', name: '邓州市' },
];
const header: SheetRow = {
  row: 1,
  cells: [
    '序号',
    '项目名称',
    '县区',
    '产业类别',
    '战新',
    '行业',
    '投资方',
    '统一社会信用代码',
    '总投资（亿元）',
    '合同引资额（万元）',
    '供地方式',
    '签约类型',
    '签约日期',
    '招商方式',
  ],
};
const row = (n: number, cells: unknown[]): SheetRow => ({ row: n, cells });

describe('reading a project sheet', () => {
  it('maps aliased headers, takes units from headers, and parses what people type', () => {
    const r = parseProjectSheet(
      header,
      [
        row(2, [
          1,
          '智能装备产业园',
          '宛城',
          '工业',
          '是',
          '装备制造',
          '华光公司',
          '91350100M000100Y43',
          '2.5',
          '5000万元',
          '标准厂房',
          '正式合同',
          '2021年7月28日',
          '产业链招商、以商招商',
        ]),
        row(3, ['', '', '', '', '', '', '', '', '', '', '', '', '', '']),
        row(4, [
          2,
          '冷链物流园',
          '邓州市',
          '服务业',
          '',
          '物流',
          '天府冷链',
          '',
          '８０００万',
          '',
          '需新供地',
          '',
          '',
          '',
        ]),
      ],
      { regions, allowedRegionIds: null },
    );
    expect(r.problems).toEqual([]);
    expect(r.projects).toHaveLength(2);
    expect(r.projects[0]).toMatchObject({
      row: 2,
      regionId: '411302',
      industryCategory: 'industrial',
      strategicEmerging: true,
      totalInvestment: '250000000.00',
      contractedInvestment: '50000000.00',
      landSituation: 'standard_factory',
      signingType: 'formal',
      signedOn: '2021-07-28',
      promotionMethods: ['chain', 'business_referral'],
    });
    expect(r.projects[1]).toMatchObject({
      row: 4,
      regionId: '411381',
      totalInvestment: '80000000.00',
      signedOn: null,
    });
  });

  it('names every bad cell with its row, column, value and reason', () => {
    const r = parseProjectSheet(
      header,
      [
        row(2, [
          1,
          '',
          '郑州',
          '矿业',
          '也许',
          '装备',
          '某公司',
          '91350100M000100Y44',
          '约3亿',
          '',
          '标准厂房',
          '',
          '2021-02-30',
          '飞行招商',
        ]),
      ],
      { regions, allowedRegionIds: null },
    );
    expect(r.projects).toEqual([]);
    expect(r.problems.map((p) => `${p.row}|${p.column}|${p.value}`)).toEqual([
      '2|项目名称|',
      '2|县区|郑州',
      '2|产业类别|矿业',
      '2|战新|也许',
      '2|统一社会信用代码|91350100M000100Y44',
      '2|总投资（亿元）|约3亿',
      '2|签约日期|2021-02-30',
      '2|招商方式|飞行招商',
    ]);
    expect(r.problems.find((p) => p.column === '统一社会信用代码')?.reason).toBe(
      'the check character should be "3", not "4"',
    );
  });

  it('refuses a sheet whose required columns are missing, and rows outside the officer’s region', () => {
    const missing = parseProjectSheet(row(1, ['项目名称', '总投资']), [], {
      regions,
      allowedRegionIds: null,
    });
    expect(missing.problems.map((p) => p.column)).toEqual([
      '县（市、区）',
      '产业类别',
      '行业',
      '投资方',
      '供地方式',
    ]);
    const outside = parseProjectSheet(
      header,
      [row(2, [1, '项目', '邓州', '工业', '', '装备', '某公司', '', '3', '', '标准厂房', '', '', ''])],
      { regions, allowedRegionIds: ['411302'] },
    );
    expect(outside.problems).toEqual([
      { row: 2, column: '县区', value: '邓州', reason: 'outside your region' },
    ]);
  });
});
