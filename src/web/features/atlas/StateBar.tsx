import { NODE_STATES, type NodeState } from '../../../domain/atlas/fields';
import { useT } from '../../i18n/useT';
import { STATE_COLORS } from './AtlasTags';

/** The node states of a chain as a small stacked bar (strong green, weak amber, missing red). */
export function StateBar({ states }: { states: Partial<Record<NodeState, number>> }) {
  const t = useT();
  const n = (s: NodeState) => states[s] ?? 0;
  const total = NODE_STATES.reduce((sum, s) => sum + n(s), 0);
  const text = t('atlas.stateBar', { strong: n('strong'), weak: n('weak'), missing: n('missing') });
  return (
    <div className="tj-atlas-statebar" data-testid="atlas-state-bar">
      <div className="tj-atlas-statebar-track" role="img" aria-label={text}>
        {total > 0 &&
          NODE_STATES.filter((s) => n(s) > 0).map((s) => (
            <span
              key={s}
              style={{ flexGrow: n(s), background: STATE_COLORS[s] }}
              title={`${t(`atlas.stateName.${s}`)} ${n(s)}`}
            />
          ))}
      </div>
      <span className="tj-atlas-statebar-text">{text}</span>
    </div>
  );
}
