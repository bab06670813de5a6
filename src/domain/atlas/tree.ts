import { SEGMENTS, type Segment } from './fields';

export type TreeNode = { id: string; parentId: string | null; segment: Segment; sortOrder: number };

export type TreeProblem =
  | { code: 'UNKNOWN_PARENT'; nodeId: string; parentId: string }
  | { code: 'CYCLE'; nodeIds: string[] }
  | { code: 'SELF_PARENT'; nodeId: string };

/**
 * Problems of a chain's node list as a tree: a parent that is not in the chain, a node that is its
 * own parent, a cycle (listed once, in parent order). An empty list means it is a forest whose
 * roots are the nodes without a parent.
 */
export function treeProblems(nodes: readonly TreeNode[]): TreeProblem[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const problems: TreeProblem[] = [];
  for (const n of nodes) {
    if (n.parentId === null) continue;
    if (n.parentId === n.id) problems.push({ code: 'SELF_PARENT', nodeId: n.id });
    else if (!byId.has(n.parentId))
      problems.push({ code: 'UNKNOWN_PARENT', nodeId: n.id, parentId: n.parentId });
  }
  const done = new Set<string>();
  for (const start of nodes) {
    const path: string[] = [];
    const onPath = new Set<string>();
    let cur: TreeNode | undefined = start;
    while (cur && !done.has(cur.id)) {
      if (onPath.has(cur.id)) {
        if (cur.parentId !== cur.id)
          problems.push({ code: 'CYCLE', nodeIds: path.slice(path.indexOf(cur.id)) });
        break;
      }
      onPath.add(cur.id);
      path.push(cur.id);
      cur = cur.parentId === null ? undefined : byId.get(cur.parentId);
    }
    for (const id of path) done.add(id);
  }
  return problems;
}

/** Whether moving `nodeId` under `newParentId` would put it under itself (or its own descendant). */
export function moveMakesCycle(
  nodes: readonly TreeNode[],
  nodeId: string,
  newParentId: string | null,
): boolean {
  if (newParentId === null) return false;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  let cur: string | null = newParentId;
  const seen = new Set<string>();
  while (cur !== null && !seen.has(cur)) {
    if (cur === nodeId) return true;
    seen.add(cur);
    cur = byId.get(cur)?.parentId ?? null;
  }
  return false;
}

/** The ids of a node's descendants (not the node itself). */
export function descendantsOf(nodes: readonly TreeNode[], nodeId: string): string[] {
  const children = childrenMap(nodes);
  const out: string[] = [];
  const stack = [...(children.get(nodeId) ?? [])];
  while (stack.length) {
    const n = stack.pop() as TreeNode;
    out.push(n.id);
    stack.push(...(children.get(n.id) ?? []));
  }
  return out;
}

function childrenMap(nodes: readonly TreeNode[]) {
  const children = new Map<string | null, TreeNode[]>();
  for (const n of nodes) {
    const list = children.get(n.parentId) ?? [];
    list.push(n);
    children.set(n.parentId, list);
  }
  for (const list of children.values())
    list.sort((a, b) => a.sortOrder - b.sortOrder || a.id.localeCompare(b.id));
  return children;
}

/**
 * Chain order: upstream, then midstream, then downstream; within a segment, the trees of its root
 * nodes depth-first in their sort order. A node sits in its own segment even under a parent of
 * another segment (a downstream application hanging off a midstream component).
 */
export function chainOrder<T extends TreeNode>(nodes: readonly T[]): T[] {
  const children = childrenMap(nodes);
  const dfs: T[] = [];
  const visit = (n: TreeNode) => {
    dfs.push(n as T);
    for (const c of children.get(n.id) ?? []) visit(c);
  };
  for (const root of children.get(null) ?? []) visit(root);
  const rank = (s: Segment) => SEGMENTS.indexOf(s);
  return dfs
    .map((n, i) => ({ n, i }))
    .sort((a, b) => rank(a.n.segment) - rank(b.n.segment) || a.i - b.i)
    .map((x) => x.n);
}
