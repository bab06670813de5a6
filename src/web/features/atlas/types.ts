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

/** The shapes of the atlas API (src/server/atlas/schemas.ts), as the web app reads them. */
export type AtlasSystem = {
  id: string;
  name: string;
  year: number;
  status: SystemStatus;
  description: string | null;
  groups: { id: string; name: string }[];
  chains: number;
};

export type CountyPosition = {
  regionId: string;
  regionName: string;
  position: Position;
  note: string | null;
};

export type ChainSummary = {
  id: string;
  systemId: string;
  groupId: string | null;
  groupName: string | null;
  name: string;
  description: string | null;
  chiefTitle: string | null;
  chiefName: string | null;
  leaderFirms: string[];
  nodes: number;
  states: Partial<Record<NodeState, number>>;
  gaps: Partial<Record<GapKind, number>>;
  covered: number;
  closedThisYear: number;
  targets: number;
  signedProjects: number;
  signedInvestment: string;
  positions: CountyPosition[];
  version: number;
};

export type NodeFirm = {
  investorId: string;
  name: string;
  regionId: string | null;
  aboveScale: boolean;
  chainLeader: boolean;
  outputYuan: string | null;
  products: string | null;
};

export type Target = {
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

/** Why a node has its computed state (the rule that decided, with its figures). */
export type StateReason =
  | { rule: 'no_firms' }
  | { rule: 'chain_leader'; firm: string }
  | { rule: 'above_scale'; count: number; min: number }
  | { rule: 'output'; outputYuan: string; minYuan: string }
  | {
      rule: 'below_thresholds';
      firms: number;
      aboveScale: number;
      min: number;
      outputYuan: string;
      minYuan: string;
    };

export type GapReason =
  | { rule: 'missing_inside'; lastLocal: string }
  | { rule: 'beyond_end'; lastLocal: string | null }
  | { rule: 'weak' };

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
  stateReason: StateReason;
  override: { state: NodeState; reason: string } | null;
  gap: { kind: GapKind; reason: GapReason } | null;
  firms: NodeFirm[];
  targets: Target[];
  projects: CoveringProject[];
  signedInvestment: string;
  closedBy: CoveringProject | null;
  version: number;
};

export type ChainDetail = Omit<ChainSummary, 'nodes'> & {
  chiefUserId: string | null;
  rule: { strongAboveScale: number; strongOutputYuan: string };
  nodes: ChainNode[];
};

export type RoadshowTarget = Target & {
  chainId: string;
  chainName: string;
  nodeName: string;
  gap: GapKind | null;
};

export type Roadshow = { areas: { area: OriginRegion | null; targets: RoadshowTarget[] }[] };

export type ChainListParams = { systemId?: string; regionId?: string; position?: Position };
