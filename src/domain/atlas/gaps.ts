import type { GapKind, NodeState } from './fields';
import { chainOrder, type TreeNode } from './tree';

export type GapInput = TreeNode & { state: NodeState };
export type Gap = { kind: GapKind; reason: GapReason } | null;

/** Why a node is a gap (codes with figures; the web words them). */
export type GapReason =
  | { rule: 'missing_inside'; lastLocal: string }
  | { rule: 'beyond_end'; lastLocal: string | null }
  | { rule: 'weak' };

/**
 * Gap analysis over a chain (DESIGN §6), in chain order (upstream → midstream → downstream, each
 * segment depth-first): the local chain ends at the last node that has local firms. A missing node
 * after that end is 延链 (extend the chain beyond where it stops here); a missing node before it is
 * 补链 (fill a hole inside the local chain); a weak node is 强链 (strengthen); a strong node is no gap.
 * A chain with no local firm at all is extended from its first node.
 */
export function classifyGaps<T extends GapInput>(nodes: readonly T[]): Map<string, Gap> {
  const ordered = chainOrder(nodes);
  let end = -1;
  ordered.forEach((n, i) => {
    if (n.state !== 'missing') end = i;
  });
  const lastLocal = end >= 0 ? (ordered[end]?.id ?? null) : null;
  const out = new Map<string, Gap>();
  ordered.forEach((n, i) => {
    if (n.state === 'strong') out.set(n.id, null);
    else if (n.state === 'weak') out.set(n.id, { kind: 'strengthen', reason: { rule: 'weak' } });
    else if (i > end) out.set(n.id, { kind: 'extend', reason: { rule: 'beyond_end', lastLocal } });
    else out.set(n.id, { kind: 'fill', reason: { rule: 'missing_inside', lastLocal: lastLocal ?? '' } });
  });
  return out;
}
