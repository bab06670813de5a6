import { Tag } from 'antd';
import type { NodeState } from '../../../domain/atlas/fields';
import { chainOrder } from '../../../domain/atlas/tree';
import { useT } from '../../i18n/useT';
import type { ChainNode } from './types';

const STATE_COLOURS: Record<NodeState, string> = { strong: 'green', weak: 'gold', missing: 'red' };

/** A node's state (强 / 弱 / 缺), marked when set by hand. */
export function StateTag({ node }: { node: Pick<ChainNode, 'state' | 'override'> }) {
  const t = useT();
  return (
    <Tag color={STATE_COLOURS[node.state]} data-testid="ae-node-state" data-state={node.state}>
      {t(`ae.state.${node.state}`)}
      {node.override ? ` · ${t('ae.override.manual')}` : ''}
    </Tag>
  );
}

/** How deep each node sits (roots 0), for indented lists. */
export function depthsOf(nodes: readonly ChainNode[]): Map<string, number> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const depth = new Map<string, number>();
  const of = (n: ChainNode, seen: Set<string>): number => {
    const known = depth.get(n.id);
    if (known !== undefined) return known;
    const parent = n.parentId ? byId.get(n.parentId) : undefined;
    const d = parent && !seen.has(parent.id) ? of(parent, seen.add(n.id)) + 1 : 0;
    depth.set(n.id, d);
    return d;
  };
  for (const n of nodes) of(n, new Set());
  return depth;
}

/** The chain's nodes in chain order (upstream → downstream, each tree depth-first) with their depth. */
export function orderedNodes(nodes: readonly ChainNode[]) {
  const depth = depthsOf(nodes);
  return chainOrder(nodes).map((node) => ({ node, depth: depth.get(node.id) ?? 0 }));
}
