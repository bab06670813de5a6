import { describe, expect, it } from 'vitest';
import { parseInvestorSheet } from './investor-sheet';

const header = {
  row: 1,
  cells: [
    '企业名称',
    '统一社会信用代码',
    '类型',
    '来源省份',
    '企业性质',
    '世界500强',
    '上市企业',
    '联系人',
    '联系电话',
  ],
};

describe('reading an investor sheet', () => {
  it('reads names, codes, kinds, ownership and flags as people write them', () => {
    const r = parseInvestorSheet(header, [
      {
        row: 2,
        cells: [
          '江苏恒丰纺织科技有限公司',
          '９１３５０１００Ｍ０００１００Ｙ４３',
          '客商',
          '江苏省',
          '民营企业',
          '否',
          '是',
          '王经理',
          '138 0000 0000',
        ],
      },
      { row: 3, cells: ['南阳本地食品有限公司', '', '本地企业', '河南省', '国有', '', '', '', ''] },
    ]);
    expect(r.problems).toEqual([]);
    expect(r.investors[0]).toMatchObject({
      creditCode: '91350100M000100Y43',
      kind: 'investor',
      ownership: 'private',
      listed: true,
      contact: { name: '王经理', phone: '13800000000' },
    });
    expect(r.investors[1]).toMatchObject({
      kind: 'local',
      ownership: 'state',
      creditCode: null,
      contact: null,
    });
  });

  it('names every bad cell and a code repeated in the file', () => {
    const r = parseInvestorSheet(header, [
      { row: 2, cells: ['甲公司', '91350100M000100Y43', '客商', '', '', '', '', '', ''] },
      { row: 3, cells: ['乙公司', '91350100M000100Y43', '合作伙伴', '', '集体', '也许', '', '张三', '电话'] },
    ]);
    expect(r.problems.map((p) => `${p.row}|${p.column}|${p.value}|${p.reason.split(' (')[0]}`)).toEqual([
      '3|统一社会信用代码|91350100M000100Y43|the same code is on row 2',
      '3|类型|合作伙伴|"合作伙伴" is not a valid kind',
      '3|企业性质|集体|"集体" is not a valid ownership',
      '3|世界500强|也许|"也许" is not 是 or 否',
      '3|联系电话|电话|"电话" is not a phone number',
    ]);
  });
});
