import { compareYuan, sumYuan } from '../money/money';
import type { NodeState } from './fields';

/** A local enterprise on a node: 规上 (above designated size), 链主 (chain leader), annual output (元). */
export type NodeFirm = { name: string; aboveScale: boolean; chainLeader: boolean; outputYuan: string | null };

/** The node-state rule's thresholds (setting `atlas.nodeState`). */
export type NodeStateRule = {
  /** This many above-scale local firms make a node strong. */
  strongAboveScale: number;
  /** Or their combined annual output reaches this (元, exact decimal). */
  strongOutputYuan: string;
};
export const DEFAULT_NODE_STATE_RULE: NodeStateRule = { strongAboveScale: 3, strongOutputYuan: '1000000000' };

/** Why a node has its computed state: the rule that decided, with its figures. */
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

/**
 * The documented rule (DESIGN §6): a node without local firms is missing; it is strong when a
 * chain-leader firm (链主) sits on it, or at least `strongAboveScale` above-scale firms do, or their
 * combined annual output reaches `strongOutputYuan`; otherwise it is weak. The first rule that
 * decides is given as the reason.
 */
export function computeNodeState(
  firms: readonly NodeFirm[],
  rule: NodeStateRule,
): { state: NodeState; reason: StateReason } {
  if (!firms.length) return { state: 'missing', reason: { rule: 'no_firms' } };
  const leader = firms.find((f) => f.chainLeader);
  if (leader) return { state: 'strong', reason: { rule: 'chain_leader', firm: leader.name } };
  const aboveScale = firms.filter((f) => f.aboveScale).length;
  if (aboveScale >= rule.strongAboveScale) {
    return {
      state: 'strong',
      reason: { rule: 'above_scale', count: aboveScale, min: rule.strongAboveScale },
    };
  }
  const output = sumYuan(firms.map((f) => f.outputYuan ?? '0'));
  if (compareYuan(output, rule.strongOutputYuan) >= 0) {
    return {
      state: 'strong',
      reason: { rule: 'output', outputYuan: output, minYuan: rule.strongOutputYuan },
    };
  }
  return {
    state: 'weak',
    reason: {
      rule: 'below_thresholds',
      firms: firms.length,
      aboveScale,
      min: rule.strongAboveScale,
      outputYuan: output,
      minYuan: rule.strongOutputYuan,
    },
  };
}

/** The state shown: an override (with its reason) wins over the computed one, which stays visible. */
export function effectiveState(
  computed: NodeState,
  override: { state: NodeState; reason: string } | null,
): { state: NodeState; overridden: boolean } {
  return override
    ? { state: override.state, overridden: override.state !== computed }
    : { state: computed, overridden: false };
}
