/**
 * Importing a chain's nodes from .xlsx: rows matched to nodes (by name, or by path code), parents
 * resolved (a node of the chain or a row of the file, above or below), the combined tree checked
 * with the domain rules; a dry run lists every problem, a commit writes all of it or nothing.
 */
import { createHash, randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Segment } from '../../domain/atlas/fields';
import { moveMakesCycle, treeProblems } from '../../domain/atlas/tree';
import type { ImportProblem } from '../../domain/imports/sheet';
import { appendAudit } from '../audit/trail';
import type { Ctx } from '../auth/principal';
import type { Db } from '../db/client';
import { chainNodes } from '../db/schema/atlas';
import { AppError } from '../http/errors';
import { readFirstSheet } from '../imports/sheet-reader';
import { getSetting } from '../settings/service';
import { chainNodesOf, lockedChain } from './nodes';
import { nodeCodes } from './wording';
import { parseNodeSheet, type NodeColumn, type NodeRow } from './xlsx';

type Existing = Pick<
  typeof chainNodes.$inferSelect,
  'id' | 'parentId' | 'segment' | 'name' | 'description' | 'keyTech' | 'sortOrder' | 'version'
>;
type Fields = Pick<Existing, 'parentId' | 'segment' | 'name' | 'description' | 'keyTech'>;
type Planned = Fields & { id: string; sortOrder: number };
const FIELDS = ['name', 'parentId', 'segment', 'description', 'keyTech'] as const;

export type NodePreview = {
  row: number;
  action: 'create' | 'update' | 'unchanged';
  code: string | null;
  name: string;
  parent: string | null;
  segment: Segment;
  /** The fields an update changes. */
  changes: string[];
};

export type NodePlan = {
  problems: ImportProblem[];
  creates: (Planned & { row: number })[];
  updates: { row: number; before: Existing; set: Partial<Fields> }[];
  preview: NodePreview[];
};

const same = (a: Fields[keyof Fields], b: Fields[keyof Fields]) =>
  Array.isArray(a) && Array.isArray(b) ? a.join('\u0000') === b.join('\u0000') : a === b;

/**
 * Plans an import against the chain's nodes. A row updates the node of the chain with its name
 * (or, when no node has that name, the node with its code: a rename) and otherwise adds a node.
 * Every problem is listed with its row, column, value and reason; with any problem the plan must
 * not be written.
 */
export function planNodeImport(
  existing: readonly Existing[],
  rows: readonly NodeRow[],
  header: (key: NodeColumn) => string,
  newId: () => string = randomUUID,
): NodePlan {
  const problems: ImportProblem[] = [];
  const at = (r: NodeRow, key: NodeColumn, value: string, reason: string) =>
    problems.push({ row: r.row, column: header(key), value, reason });
  const byId = new Map(existing.map((n) => [n.id, n]));
  const codes = nodeCodes(existing);
  const byCode = new Map([...codes].map(([id, code]) => [code, id]));
  const byName = new Map<string, Existing[]>();
  for (const n of existing) byName.set(n.name, [...(byName.get(n.name) ?? []), n]);

  // Each row to a node: an existing one, or a new id. A name is given once in the file, except
  // for nodes of the chain that share it, each named by its code.
  const fileCode = new Map<string, NodeRow>();
  const fileName = new Map<string, NodeRow[]>();
  const claimed = new Map<string, NodeRow>();
  const target = new Map<NodeRow, string>();
  for (const r of rows) {
    if (!r.name) continue; // reported as required
    if (r.code) {
      const first = fileCode.get(r.code);
      if (first) at(r, 'code', r.code, `the same code is on row ${first.row}`);
      else fileCode.set(r.code, r);
    }
    const named = byName.get(r.name) ?? [];
    const coded = r.code ? byCode.get(r.code) : undefined;
    const twin = named.length > 1 && named.some((n) => n.id === coded);
    const firstName = fileName.get(r.name)?.[0];
    if (firstName && !twin) {
      at(r, 'name', r.name, `the same name is on row ${firstName.row}`);
      continue;
    }
    fileName.set(r.name, [...(fileName.get(r.name) ?? []), r]);
    let id: string | undefined;
    if (named.length > 1) {
      if (twin) id = coded;
      else {
        at(r, 'name', r.name, `several nodes of the chain are called "${r.name}": give its 节点编号`);
        continue;
      }
    } else if (named[0]) {
      id = named[0].id;
      if (coded && coded !== id)
        at(r, 'code', r.code ?? '', `${r.code} is "${byId.get(coded)?.name}" in the chain, not "${r.name}"`);
    } else id = coded;
    if (id) {
      const other = claimed.get(id);
      if (other) at(r, 'code', r.code ?? '', `row ${other.row} is the same node`);
      else claimed.set(id, r);
    }
    target.set(r, id ?? newId());
  }
  const rowOf = new Map([...target].map(([r, id]) => [id, r]));

  // A parent: a code of the file, a code of the chain, a name of the file, a name of the chain.
  const resolve = (r: NodeRow, ref: string): string | null | undefined => {
    if (ref === '') return null;
    const row = fileCode.get(ref);
    if (row && target.has(row)) return target.get(row);
    const coded = byCode.get(ref);
    if (coded) return coded;
    const named = fileName.get(ref) ?? [];
    if (named.length === 1 && named[0] && target.has(named[0])) return target.get(named[0]);
    const nodes = byName.get(ref) ?? [];
    if (nodes.length === 1 && named.length <= 1) return nodes[0]?.id;
    at(
      r,
      'parent',
      ref,
      nodes.length + named.length > 1
        ? `several nodes are called "${ref}": name the parent by its 节点编号`
        : `"${ref}" is neither a node of this chain nor a row of this file`,
    );
    return undefined;
  };

  // The tree as it would be: the chain's nodes with the file's rows applied.
  const final = new Map<string, Planned>(existing.map((n) => [n.id, { ...n }]));
  for (const [r, id] of target) {
    const before = byId.get(id);
    const parentId = r.parent === null || r.invalid.includes('parent') ? undefined : resolve(r, r.parent);
    const segment = r.segment ?? before?.segment;
    if (!segment && !r.invalid.includes('segment')) at(r, 'segment', '', 'required for a new node');
    final.set(id, {
      id,
      parentId: parentId === undefined ? (before?.parentId ?? null) : parentId,
      segment: segment ?? 'upstream',
      name: r.name,
      description: r.description === undefined ? (before?.description ?? null) : r.description,
      keyTech: r.keyTech ?? before?.keyTech ?? [],
      sortOrder: before?.sortOrder ?? -1, // a new node's is set below
    });
  }
  const nameOf = (id: string) => final.get(id)?.name ?? id;
  for (const p of treeProblems([...final.values()])) {
    if (p.code === 'SELF_PARENT') {
      const r = rowOf.get(p.nodeId);
      if (r) at(r, 'parent', r.parent ?? '', 'a node cannot be its own parent');
    } else if (p.code === 'CYCLE') {
      // The rows that set a new parent made the cycle (the chain as stored has none).
      const moved = p.nodeIds.filter((id) => {
        const r = rowOf.get(id);
        return r && r.parent !== null && final.get(id)?.parentId !== byId.get(id)?.parentId;
      });
      const loop = [...p.nodeIds, p.nodeIds[0] ?? ''].map(nameOf).join(' → ');
      for (const id of moved) {
        const r = rowOf.get(id) as NodeRow;
        const parentId = final.get(id)?.parentId ?? '';
        const underOwn = moved.length === 1 && byId.has(id) && moveMakesCycle(existing, id, parentId);
        at(
          r,
          'parent',
          r.parent ?? '',
          underOwn
            ? `"${nameOf(parentId)}" is below "${r.name}": a node cannot move under its own descendant`
            : `the parents make a cycle: ${loop} (each under the next)`,
        );
      }
    }
    // UNKNOWN_PARENT cannot arise: every parent resolved to a node of the chain or of the file.
  }

  // A new node goes after its siblings, in the order of the file.
  for (const id of target.values()) {
    const next = final.get(id) as Planned;
    if (byId.has(id)) continue;
    const siblings = [...final.values()].filter((n) => n.parentId === next.parentId && n.id !== id);
    next.sortOrder = Math.min(999, Math.max(-1, ...siblings.map((n) => n.sortOrder)) + 1);
  }
  const plan: NodePlan = { problems, creates: [], updates: [], preview: [] };
  const finalCodes = nodeCodes([...final.values()]);
  for (const [r, id] of target) {
    const next = final.get(id) as Planned;
    const before = byId.get(id);
    let action: NodePreview['action'] = 'create';
    let changes: (typeof FIELDS)[number][] = [];
    if (!before) plan.creates.push({ ...next, row: r.row });
    else {
      changes = FIELDS.filter((f) => !same(before[f], next[f]));
      action = changes.length ? 'update' : 'unchanged';
      if (changes.length)
        plan.updates.push({
          row: r.row,
          before,
          set: Object.fromEntries(changes.map((f) => [f, next[f]])) as Partial<Fields>,
        });
    }
    plan.preview.push({
      row: r.row,
      action,
      code: finalCodes.get(id) ?? null,
      name: next.name,
      parent: next.parentId ? nameOf(next.parentId) : null,
      segment: next.segment,
      changes,
    });
  }
  return plan;
}

export type NodeImportReport = {
  dryRun: boolean;
  sheetName: string;
  rows: number;
  problems: ImportProblem[];
  ignoredColumns: string[];
  plan: { create: number; update: number; unchanged: number };
  created: number;
  updated: number;
  preview: NodePreview[];
};

/**
 * Imports nodes into a chain from .xlsx. Runs under the chain's write lock (as node edits do), so
 * the plan is made against the nodes as they are; a dry run writes nothing; a commit with any
 * problem is refused whole (CHAIN_IMPORT_INVALID), otherwise it is one transaction and one audit event.
 */
export async function importNodes(
  db: Db,
  ctx: Ctx,
  chainId: string,
  bytes: Buffer,
  opts: { dryRun: boolean; fileName: string },
): Promise<NodeImportReport> {
  const sheet = await readFirstSheet(bytes, await getSetting(db, 'imports.maxRows'));
  const parsed = parseNodeSheet(sheet.header, sheet.rows);
  return db.transaction(async (tx) => {
    await lockedChain(tx, chainId);
    const existing = await chainNodesOf(tx, chainId);
    const plan = planNodeImport(existing, parsed.rows, parsed.header);
    const problems = [...sheet.problems, ...parsed.problems, ...plan.problems].sort(
      (a, b) => a.row - b.row || parsed.position(a.column) - parsed.position(b.column),
    );
    const report: NodeImportReport = {
      dryRun: opts.dryRun,
      sheetName: sheet.sheetName,
      rows: parsed.rows.length,
      problems,
      ignoredColumns: parsed.ignoredColumns,
      plan: {
        create: plan.creates.length,
        update: plan.updates.length,
        unchanged: plan.preview.filter((p) => p.action === 'unchanged').length,
      },
      created: 0,
      updated: 0,
      preview: plan.preview,
    };
    if (opts.dryRun) return report;
    if (problems.length) {
      throw new AppError(
        'CHAIN_IMPORT_INVALID',
        `${problems.length} problems in the sheet; nothing was imported`,
        { problems: problems.slice(0, 1000), total: problems.length },
      );
    }
    if (!plan.creates.length && !plan.updates.length) return report; // nothing to write, nothing to audit
    if (plan.creates.length) {
      // One statement: a new node may name a new parent on a later row (checked at its end).
      await tx
        .insert(chainNodes)
        .values(plan.creates.map(({ row: _r, ...n }) => ({ ...n, chainId, updatedAt: ctx.now })));
    }
    for (const u of plan.updates) {
      await tx
        .update(chainNodes)
        .set({ ...u.set, version: u.before.version + 1, updatedAt: ctx.now })
        .where(eq(chainNodes.id, u.before.id));
    }
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    await appendAudit(
      tx,
      ctx.actor,
      {
        action: 'chain.node_import',
        entityType: 'chain',
        entityId: chainId,
        diff: {
          fileName: opts.fileName,
          sha256,
          created: plan.creates.length,
          updated: plan.updates.length,
          unchanged: report.plan.unchanged,
          createdNodes: plan.creates.map(({ id, name, parentId, segment }) => ({
            id,
            name,
            parentId,
            segment,
          })),
          updatedNodes: plan.updates.map((u) => ({
            id: u.before.id,
            before: Object.fromEntries(Object.keys(u.set).map((k) => [k, u.before[k as keyof Fields]])),
            after: u.set,
          })),
        },
      },
      ctx.now,
    );
    return { ...report, created: plan.creates.length, updated: plan.updates.length };
  });
}
