import { describe, expect, it } from 'vitest';
import { targetMoveAllowed } from './fields';
import { classifyGaps } from './gaps';
import { computeNodeState, DEFAULT_NODE_STATE_RULE, effectiveState, type NodeFirm } from './state';
import { chainOrder, descendantsOf, moveMakesCycle, treeProblems, type TreeNode } from './tree';

const n = (id: string, parentId: string | null, segment: TreeNode['segment'], sortOrder = 0): TreeNode => ({
  id,
  parentId,
  segment,
  sortOrder,
});

describe('chain trees', () => {
  it('finds unknown parents, self-parents and cycles, each once', () => {
    expect(treeProblems([n('a', null, 'upstream'), n('b', 'a', 'upstream')])).toEqual([]);
    expect(treeProblems([n('a', 'zz', 'upstream')])).toEqual([
      { code: 'UNKNOWN_PARENT', nodeId: 'a', parentId: 'zz' },
    ]);
    expect(treeProblems([n('a', 'a', 'upstream')])).toEqual([{ code: 'SELF_PARENT', nodeId: 'a' }]);
    expect(
      treeProblems([
        n('r', null, 'upstream'),
        n('a', 'c', 'upstream'),
        n('b', 'a', 'upstream'),
        n('c', 'b', 'upstream'),
      ]),
    ).toEqual([{ code: 'CYCLE', nodeIds: ['a', 'c', 'b'] }]);
  });

  it('refuses a move under the node itself or its own descendant, allows any other', () => {
    const tree = [
      n('r', null, 'upstream'),
      n('a', 'r', 'upstream'),
      n('b', 'a', 'upstream'),
      n('c', 'r', 'upstream'),
    ];
    expect(moveMakesCycle(tree, 'a', 'b')).toBe(true);
    expect(moveMakesCycle(tree, 'r', 'b')).toBe(true);
    expect(moveMakesCycle(tree, 'a', 'a')).toBe(true);
    expect(moveMakesCycle(tree, 'b', 'c')).toBe(false);
    expect(moveMakesCycle(tree, 'a', null)).toBe(false);
    expect(descendantsOf(tree, 'r').sort()).toEqual(['a', 'b', 'c']);
  });

  it('orders a chain upstream → midstream → downstream, depth-first within a segment', () => {
    const tree = [
      n('down1', 'mid', 'downstream', 0),
      n('mid', null, 'midstream', 0),
      n('up2', null, 'upstream', 1),
      n('up1', null, 'upstream', 0),
      n('up1a', 'up1', 'upstream', 0),
      n('mid2', 'mid', 'midstream', 1),
    ];
    expect(chainOrder(tree).map((x) => x.id)).toEqual(['up1', 'up1a', 'up2', 'mid', 'mid2', 'down1']);
  });
});

describe('node state rule', () => {
  const firm = (name: string, over: Partial<NodeFirm> = {}): NodeFirm => ({
    name,
    aboveScale: false,
    chainLeader: false,
    outputYuan: null,
    ...over,
  });
  const rule = DEFAULT_NODE_STATE_RULE; // 3 above-scale firms, or 10亿 output

  it('missing without local firms; strong by a chain leader, three above-scale firms, or 10亿 output; else weak', () => {
    expect(computeNodeState([], rule)).toEqual({ state: 'missing', reason: { rule: 'no_firms' } });
    expect(computeNodeState([firm('小厂'), firm('中钢', { chainLeader: true })], rule)).toEqual({
      state: 'strong',
      reason: { rule: 'chain_leader', firm: '中钢' },
    });
    const three = ['甲', '乙', '丙'].map((x) => firm(x, { aboveScale: true }));
    expect(computeNodeState(three, rule).reason).toEqual({ rule: 'above_scale', count: 3, min: 3 });
    expect(
      computeNodeState(
        [firm('甲', { outputYuan: '600000000.00' }), firm('乙', { outputYuan: '400000000' })],
        rule,
      ),
    ).toEqual({
      state: 'strong',
      reason: { rule: 'output', outputYuan: '1000000000.00', minYuan: '1000000000' },
    });
    expect(
      computeNodeState([firm('甲', { aboveScale: true, outputYuan: '999999999.99' }), firm('乙')], rule),
    ).toEqual({
      state: 'weak',
      reason: {
        rule: 'below_thresholds',
        firms: 2,
        aboveScale: 1,
        min: 3,
        outputYuan: '999999999.99',
        minYuan: '1000000000',
      },
    });
  });

  it('lets an override win, and says whether it differs from the rule', () => {
    expect(effectiveState('weak', { state: 'strong', reason: '龙头企业产能在建' })).toEqual({
      state: 'strong',
      overridden: true,
    });
    expect(effectiveState('weak', null)).toEqual({ state: 'weak', overridden: false });
  });
});

describe('gap analysis', () => {
  it('fills holes inside the local chain, extends beyond its end, strengthens weak nodes (超硬材料)', () => {
    const chain = [
      { ...n('原料', null, 'upstream', 0), state: 'strong' as const },
      { ...n('合成设备', null, 'upstream', 1), state: 'missing' as const },
      { ...n('单晶', null, 'midstream', 0), state: 'strong' as const },
      { ...n('微粉', '单晶', 'midstream', 0), state: 'weak' as const },
      { ...n('工具', null, 'downstream', 0), state: 'missing' as const },
      { ...n('半导体应用', '工具', 'downstream', 0), state: 'missing' as const },
    ];
    const gaps = classifyGaps(chain);
    expect(Object.fromEntries([...gaps].map(([id, g]) => [id, g?.kind ?? null]))).toEqual({
      原料: null,
      合成设备: 'fill',
      单晶: null,
      微粉: 'strengthen',
      工具: 'extend',
      半导体应用: 'extend',
    });
    expect(gaps.get('工具')?.reason).toEqual({ rule: 'beyond_end', lastLocal: '微粉' });
    expect(gaps.get('合成设备')?.reason).toEqual({ rule: 'missing_inside', lastLocal: '微粉' });
  });

  it('extends a chain with no local firm from its first node; a weak last node ends the local chain', () => {
    const none = classifyGaps(
      [n('a', null, 'upstream'), n('b', null, 'downstream')].map((x) => ({
        ...x,
        state: 'missing' as const,
      })),
    );
    expect([...none.values()].map((g) => g?.kind)).toEqual(['extend', 'extend']);
    const weakEnd = classifyGaps([
      { ...n('a', null, 'upstream'), state: 'missing' as const },
      { ...n('b', null, 'downstream'), state: 'weak' as const },
    ]);
    expect(weakEnd.get('a')?.kind).toBe('fill');
    expect(weakEnd.get('b')?.kind).toBe('strengthen');
  });
});

describe('target status', () => {
  it('moves forward, to declined from any open status, back from declined to contacted; signed is final', () => {
    expect(targetMoveAllowed('not_contacted', 'visited')).toBe(true);
    expect(targetMoveAllowed('negotiating', 'contacted')).toBe(false);
    expect(targetMoveAllowed('visited', 'declined')).toBe(true);
    expect(targetMoveAllowed('declined', 'contacted')).toBe(true);
    expect(targetMoveAllowed('declined', 'signed')).toBe(false);
    expect(targetMoveAllowed('signed', 'declined')).toBe(false);
    expect(targetMoveAllowed('contacted', 'contacted')).toBe(false);
  });
});
