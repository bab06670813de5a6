import type { Translate } from '../../i18n/translate';
import { formatMoney } from '../../lib/format';
import type { ChainNode } from './types';

/** Why a node has its computed state, in words (the rule that decided, with its figures). */
export function stateReasonText(t: Translate, node: Pick<ChainNode, 'stateReason'>): string {
  const r = node.stateReason;
  switch (r.rule) {
    case 'no_firms':
      return t('atlas.reason.no_firms');
    case 'chain_leader':
      return t('atlas.reason.chain_leader', { firm: r.firm });
    case 'above_scale':
      return t('atlas.reason.above_scale', { count: r.count, min: r.min });
    case 'output':
      return t('atlas.reason.output', {
        output: formatMoney(t, r.outputYuan),
        min: formatMoney(t, r.minYuan),
      });
    case 'below_thresholds':
      return t('atlas.reason.below_thresholds', {
        firms: r.firms,
        aboveScale: r.aboveScale,
        min: r.min,
        output: formatMoney(t, r.outputYuan),
        minOutput: formatMoney(t, r.minYuan),
      });
    default:
      return '';
  }
}

/** The hand-set state with its reason, when a node has one. */
export function overrideText(t: Translate, node: Pick<ChainNode, 'override' | 'computedState'>): string {
  const o = node.override;
  if (!o) return '';
  if (o.state === node.computedState) return t('atlas.reason.overrideSame', { reason: o.reason });
  return t('atlas.reason.override', {
    state: t(`atlas.stateName.${o.state}`),
    computed: t(`atlas.stateName.${node.computedState}`),
    reason: o.reason,
  });
}

/** Why a node is a gap (补链 inside the local chain, 延链 beyond its end, 强链 a weak node). */
export function gapReasonText(t: Translate, node: Pick<ChainNode, 'gap'>, nodes: ChainNode[]): string {
  const gap = node.gap;
  if (!gap) return '';
  const nameOf = (id: string | null) => nodes.find((n) => n.id === id)?.name ?? '';
  const r = gap.reason;
  switch (r.rule) {
    case 'missing_inside':
      return t('atlas.gapReason.missing_inside', { lastLocal: nameOf(r.lastLocal) });
    case 'beyond_end':
      return r.lastLocal
        ? t('atlas.gapReason.beyond_end', { lastLocal: nameOf(r.lastLocal) })
        : t('atlas.gapReason.beyond_end_none');
    case 'weak':
      return t('atlas.gapReason.weak');
    default:
      return '';
  }
}
