import { describe, expect, it } from 'vitest';
import type { Segment } from '../../domain/atlas/fields';
import { planNodeImport } from './node-import';
import { nodeCodes } from './wording';
import type { NodeColumn, NodeRow } from './xlsx';

const node = (id: string, parentId: string | null, segment: Segment, sortOrder = 0) => ({
  id,
  parentId,
  segment,
  name: id,
  description: null,
  keyTech: [],
  sortOrder,
  version: 1,
});
const row = (n: number, over: Partial<NodeRow>): NodeRow => ({
  row: n,
  code: null,
  parent: null,
  segment: null,
  name: '',
  description: undefined,
  keyTech: undefined,
  invalid: [],
  ...over,
});
const header = (key: NodeColumn) => key;
let seq = 0;
const newId = () => `new${++seq}`;

// 原料 (U1), 设备 (U2, sort 1), 单晶 (M1) with 微粉 under it (M1.1) and a downstream 工具 (M1.2).
const chain = [
  node('原料', null, 'upstream'),
  node('设备', null, 'upstream', 1),
  node('单晶', null, 'midstream'),
  node('微粉', '单晶', 'midstream'),
  node('工具', '单晶', 'downstream'),
];

describe('node path codes', () => {
  it('numbers top nodes by segment and children under their parent, in chain order', () => {
    expect(Object.fromEntries(nodeCodes(chain))).toEqual({
      原料: 'U1',
      设备: 'U2',
      单晶: 'M1',
      微粉: 'M1.1',
      工具: 'M1.2',
    });
  });
});

describe('planning a node import', () => {
  it('renames a node found by its code, and refuses a code that names another node than the name', () => {
    const plan = planNodeImport(
      chain,
      [row(2, { code: 'U2', name: '合成设备' }), row(3, { code: 'U1', name: '微粉' })],
      header,
      newId,
    );
    expect(plan.updates).toMatchObject([{ row: 2, before: { id: '设备' }, set: { name: '合成设备' } }]);
    expect(plan.problems).toEqual([
      { row: 3, column: 'code', value: 'U1', reason: 'U1 is "原料" in the chain, not "微粉"' },
    ]);
  });

  it('adds a node after its existing siblings, under a parent of another segment', () => {
    const plan = planNodeImport(
      chain,
      [row(2, { name: '刀具', parent: 'M1', segment: 'downstream' })],
      header,
      newId,
    );
    expect(plan.problems).toEqual([]);
    expect(plan.creates).toMatchObject([
      { name: '刀具', parentId: '单晶', segment: 'downstream', sortOrder: 1 },
    ]);
    expect(plan.preview[0]).toMatchObject({ action: 'create', code: 'M1.3', parent: '单晶' });
  });

  it('refuses a node under itself and a name several nodes share unless codes say which', () => {
    // 微粉 (M1.1) and a second node also called 微粉 (M1.2): the export names both, with their codes.
    const twins = [...chain, { ...node('微粉2', '单晶', 'midstream'), name: '微粉' }];
    const ok = planNodeImport(
      twins,
      [
        row(2, { code: 'M1.1', name: '微粉', description: '细粒度' }),
        row(3, { code: 'M1.2', name: '微粉', description: '粗粒度' }),
        row(4, { name: '研磨膏', parent: 'M1.2', segment: 'downstream' }),
      ],
      header,
      newId,
    );
    expect(ok.problems).toEqual([]);
    expect(ok.updates.map((u) => [u.before.id, u.set.description])).toEqual([
      ['微粉', '细粒度'],
      ['微粉2', '粗粒度'],
    ]);
    expect(ok.creates).toMatchObject([{ name: '研磨膏', parentId: '微粉2' }]);
    const bad = planNodeImport(
      twins,
      [
        row(2, { name: '原料', parent: '原料' }),
        row(3, { name: '微粉', description: '细粒度' }),
        row(4, { name: '研磨膏', parent: '微粉', segment: 'downstream' }),
      ],
      header,
      newId,
    );
    expect(bad.problems.map((p) => `${p.row} ${p.column} ${p.reason}`)).toEqual([
      '3 name several nodes of the chain are called "微粉": give its 节点编号',
      '4 parent several nodes are called "微粉": name the parent by its 节点编号',
      '2 parent a node cannot be its own parent',
    ]);
  });
});
