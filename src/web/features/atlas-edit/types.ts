import type {
  GapKind,
  NodeState,
  Position,
  Segment,
  SystemStatus,
  TargetStatus,
} from '../../../domain/atlas/fields';
import type { OriginRegion } from '../../../domain/investors/fields';
import type { Stage } from '../../../domain/lifecycle/stages';

/** An industry system (version) as GET /api/atlas/systems shows it. */
export type AtlasSystem = {
  id: string;
  name: string;
  year: number;
  status: SystemStatus;
  description: string | null;
  groups: { id: string; name: string }[];
  chains: number;
};

export type FirmView = {
  investorId: string;
  name: string;
  regionId: string | null;
  aboveScale: boolean;
  chainLeader: boolean;
  /** 元, exact decimal string. */
  outputYuan: string | null;
  products: string | null;
};

export type TargetView = {
  id: string;
  nodeId: string;
  investorId: string | null;
  name: string;
  fortune500: boolean;
  china500: boolean;
  listed: boolean;
  top100: boolean;
  originProvince: string | null;
  originRegion: OriginRegion | null;
  regionId: string | null;
  status: TargetStatus;
  note: string | null;
  projectId: string | null;
  version: number;
};

export type CoveringProject = {
  id: string;
  code: string;
  name: string;
  regionId: string;
  stage: Stage;
  totalInvestment: string;
  signedOn: string | null;
};

/** A node of a chain (the fields the editor needs; the API sends more). */
export type ChainNode = {
  id: string;
  parentId: string | null;
  segment: Segment;
  name: string;
  description: string | null;
  keyTech: string[];
  sortOrder: number;
  state: NodeState;
  computedState: NodeState;
  override: { state: NodeState; reason: string } | null;
  gap: { kind: GapKind; reason: Record<string, unknown> } | null;
  firms: FirmView[];
  targets: TargetView[];
  projects: CoveringProject[];
  version: number;
};

/** A chain with its nodes, as every chain write answers (GET /api/chains/:id). */
export type ChainDetail = {
  id: string;
  systemId: string;
  groupId: string | null;
  groupName: string | null;
  name: string;
  description: string | null;
  chiefUserId: string | null;
  chiefTitle: string | null;
  chiefName: string | null;
  positions: { regionId: string; regionName: string; position: Position; note: string | null }[];
  /** The node-state rule in force (strong from this many above-scale firms, or this output in 元). */
  rule?: { strongAboveScale: number; strongOutputYuan: string };
  nodes: ChainNode[];
  version: number;
};

/** A chain in a list (GET /api/chains), for pickers. */
export type ChainListItem = Pick<ChainDetail, 'id' | 'systemId' | 'groupName' | 'name' | 'version'>;

export type NodeInput = {
  parentId: string | null;
  segment: Segment;
  name: string;
  description: string | null;
  keyTech: string[];
  sortOrder: number;
};

export type NodePatch = Partial<NodeInput> & {
  version: number;
  override?: { state: NodeState; reason: string } | null;
};

export type ChainInput = {
  groupId: string | null;
  name: string;
  description: string | null;
  chiefUserId: string | null;
  chiefTitle: string | null;
};

export type FirmInput = {
  aboveScale: boolean;
  chainLeader: boolean;
  outputYuan: string | null;
  products: string | null;
};

export type TargetInput = {
  investorId: string | null;
  name: string;
  fortune500: boolean;
  china500: boolean;
  listed: boolean;
  top100: boolean;
  originProvince: string | null;
  regionId: string | null;
  note: string | null;
};

export type SystemInput = {
  id: string;
  name: string;
  year: number;
  description: string | null;
  groups: string[];
  copyFrom: string | null;
};

/** One tag of a project to a node (GET /api/projects/:id/chain-nodes). */
export type ProjectNodeTag = {
  nodeId: string;
  nodeName: string;
  chainId: string;
  chainName: string;
  systemId: string;
  systemName: string;
  deleted: boolean;
  taggedAt: string;
};
