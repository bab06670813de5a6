import { z } from 'zod';
import {
  GAP_KINDS,
  NODE_STATES,
  POSITIONS,
  SEGMENTS,
  SYSTEM_STATUSES,
  TARGET_STATUSES,
} from '../../domain/atlas/fields';
import { ORIGIN_REGIONS } from '../../domain/investors/fields';
import { LIMITS } from '../../domain/limits';
import { STAGES } from '../../domain/lifecycle/stages';
import { Yuan } from '../projects/schemas';

const name = z.string().trim().min(1).max(LIMITS.name);
const note = z.string().trim().max(LIMITS.note);

export const ChainParams = z.strictObject({ id: z.uuid() });
export const NodeParams = z.strictObject({ id: z.uuid(), nodeId: z.uuid() });
export const TargetParams = z.strictObject({ id: z.uuid() });

export const ChainListQuery = z.strictObject({
  systemId: z.string().max(40).optional(),
  /** Only chains this county positions (主新特), optionally of one kind. */
  regionId: z.string().max(20).optional(),
  position: z.enum(POSITIONS).optional(),
});

const StateReason = z.record(z.string(), z.unknown());
const GapReason = z.record(z.string(), z.unknown());

export const SystemView = z.object({
  id: z.string(),
  name: z.string(),
  year: z.number().int(),
  status: z.enum(SYSTEM_STATUSES),
  description: z.string().nullable(),
  groups: z.array(z.object({ id: z.string(), name: z.string() })),
  chains: z.number().int(),
});

export const PositionView = z.object({
  regionId: z.string(),
  regionName: z.string(),
  position: z.enum(POSITIONS),
  note: z.string().nullable(),
});

export const ChainSummary = z.object({
  id: z.uuid(),
  systemId: z.string(),
  groupId: z.string().nullable(),
  groupName: z.string().nullable(),
  name: z.string(),
  description: z.string().nullable(),
  chiefTitle: z.string().nullable(),
  chiefName: z.string().nullable(),
  leaderFirms: z.array(z.string()),
  nodes: z.number().int(),
  states: z.record(z.enum(NODE_STATES), z.number().int()),
  gaps: z.record(z.enum(GAP_KINDS), z.number().int()),
  /** Nodes with a signed project on them. */
  covered: z.number().int(),
  /** Gaps (补链/延链) that a project signed this year closed. */
  closedThisYear: z.number().int(),
  targets: z.number().int(),
  signedProjects: z.number().int(),
  signedInvestment: z.string(),
  positions: z.array(PositionView),
  version: z.number().int(),
});
export type ChainSummary = z.infer<typeof ChainSummary>;

export const FirmView = z.object({
  investorId: z.uuid(),
  name: z.string(),
  regionId: z.string().nullable(),
  aboveScale: z.boolean(),
  chainLeader: z.boolean(),
  outputYuan: z.string().nullable(),
  products: z.string().nullable(),
});

export const TargetView = z.object({
  id: z.uuid(),
  nodeId: z.uuid(),
  investorId: z.uuid().nullable(),
  name: z.string(),
  fortune500: z.boolean(),
  china500: z.boolean(),
  listed: z.boolean(),
  top100: z.boolean(),
  originProvince: z.string().nullable(),
  originRegion: z.enum(ORIGIN_REGIONS).nullable(),
  regionId: z.string().nullable(),
  status: z.enum(TARGET_STATUSES),
  note: z.string().nullable(),
  projectId: z.uuid().nullable(),
  version: z.number().int(),
});
export type TargetView = z.infer<typeof TargetView>;

export const CoveringProject = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  regionId: z.string(),
  stage: z.enum(STAGES),
  totalInvestment: z.string(),
  signedOn: z.string().nullable(),
});

export const NodeView = z.object({
  id: z.uuid(),
  parentId: z.uuid().nullable(),
  segment: z.enum(SEGMENTS),
  name: z.string(),
  description: z.string().nullable(),
  keyTech: z.array(z.string()),
  sortOrder: z.number().int(),
  /** The state shown (the override when there is one). */
  state: z.enum(NODE_STATES),
  computedState: z.enum(NODE_STATES),
  stateReason: StateReason,
  override: z.object({ state: z.enum(NODE_STATES), reason: z.string() }).nullable(),
  gap: z.object({ kind: z.enum(GAP_KINDS), reason: GapReason }).nullable(),
  firms: z.array(FirmView),
  targets: z.array(TargetView),
  projects: z.array(CoveringProject),
  /** Total investment of the signed projects on the node (元). */
  signedInvestment: z.string(),
  /** A gap that a signed project closes: the first such project. */
  closedBy: CoveringProject.nullable(),
  version: z.number().int(),
});
export type NodeView = z.infer<typeof NodeView>;

export const ChainDetail = ChainSummary.extend({
  chiefUserId: z.uuid().nullable(),
  rule: z.object({ strongAboveScale: z.number().int(), strongOutputYuan: z.string() }),
  nodes: z.array(NodeView),
}).omit({});
export type ChainDetail = z.infer<typeof ChainDetail>;

export const ChainCreate = z.strictObject({
  systemId: z.string().min(1).max(40),
  groupId: z.string().max(40).nullish(),
  name,
  description: note.nullish(),
  chiefUserId: z.uuid().nullish(),
  chiefTitle: z.string().trim().max(60).nullish(),
  sortOrder: z.number().int().min(0).max(999).default(0),
});
export const ChainPatch = ChainCreate.omit({ systemId: true })
  .partial()
  .extend({ version: z.number().int().min(1) });

export const NodeCreate = z.strictObject({
  parentId: z.uuid().nullish(),
  segment: z.enum(SEGMENTS),
  name,
  description: note.nullish(),
  keyTech: z.array(z.string().trim().min(1).max(60)).max(30).default([]),
  sortOrder: z.number().int().min(0).max(999).default(0),
});
export const NodePatch = z.strictObject({
  version: z.number().int().min(1),
  parentId: z.uuid().nullable().optional(),
  segment: z.enum(SEGMENTS).optional(),
  name: name.optional(),
  description: note.nullable().optional(),
  keyTech: z.array(z.string().trim().min(1).max(60)).max(30).optional(),
  sortOrder: z.number().int().min(0).max(999).optional(),
  /** Override the computed state with a reason, or null to go back to the rule. */
  override: z
    .strictObject({ state: z.enum(NODE_STATES), reason: z.string().trim().min(1).max(LIMITS.note) })
    .nullable()
    .optional(),
});
export const NodeDelete = z.strictObject({
  /** Where the projects tagged to the node go; required when there are any. */
  reassignTo: z.uuid().nullish(),
  reason: z.string().trim().min(1).max(LIMITS.note).nullish(),
});

export const FirmPut = z.strictObject({
  aboveScale: z.boolean().default(false),
  chainLeader: z.boolean().default(false),
  outputYuan: Yuan.nullish(),
  products: z.string().trim().max(LIMITS.shortText).nullish(),
});
export const FirmParams = z.strictObject({ id: z.uuid(), nodeId: z.uuid(), investorId: z.uuid() });

export const TargetCreate = z.strictObject({
  investorId: z.uuid().nullish(),
  name,
  fortune500: z.boolean().default(false),
  china500: z.boolean().default(false),
  listed: z.boolean().default(false),
  top100: z.boolean().default(false),
  originProvince: z.string().trim().max(20).nullish(),
  regionId: z.string().max(20).nullish(),
  note: note.nullish(),
});
export const TargetPatch = z.strictObject({
  version: z.number().int().min(1),
  status: z.enum(TARGET_STATUSES).optional(),
  regionId: z.string().max(20).nullable().optional(),
  note: note.nullable().optional(),
  fortune500: z.boolean().optional(),
  china500: z.boolean().optional(),
  listed: z.boolean().optional(),
  top100: z.boolean().optional(),
});

export const PositionParams = z.strictObject({ regionId: z.string().min(1).max(20), chainId: z.uuid() });
export const PositionPut = z.strictObject({
  position: z.enum(POSITIONS).nullable(),
  note: note.nullish(),
});

export const ProjectNodesPut = z.strictObject({ nodeIds: z.array(z.uuid()).max(20) });
export const ProjectNodesView = z.object({
  items: z.array(
    z.object({
      nodeId: z.uuid(),
      nodeName: z.string(),
      chainId: z.uuid(),
      chainName: z.string(),
      systemId: z.string(),
      systemName: z.string(),
      deleted: z.boolean(),
      taggedAt: z.string(),
    }),
  ),
});

export const RoadshowQuery = z.strictObject({
  systemId: z.string().max(40).optional(),
  area: z.enum(ORIGIN_REGIONS).optional(),
});
export const RoadshowView = z.object({
  areas: z.array(
    z.object({
      area: z.enum(ORIGIN_REGIONS).nullable(),
      targets: z.array(
        TargetView.extend({
          chainId: z.uuid(),
          chainName: z.string(),
          nodeName: z.string(),
          gap: z.enum(GAP_KINDS).nullable(),
        }),
      ),
    }),
  ),
});

export const SystemCreate = z.strictObject({
  id: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]{2,40}$/, 'lower-case letters, digits and -'),
  name,
  year: z.number().int().min(2000).max(2100),
  description: note.nullish(),
  groups: z.array(z.string().trim().min(1).max(40)).max(30).default([]),
  /** Copy the chains (nodes and local firms) of this earlier system. */
  copyFrom: z.string().max(40).nullish(),
});
export const SystemParams = z.strictObject({ id: z.string().min(1).max(40) });
