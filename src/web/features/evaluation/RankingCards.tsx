import { useT } from '../../i18n/useT';
import type { LineDiff } from './diff';
import { signedPoints } from './figures';
import { Adjustments, maxText, OutcomeTag, RankChange } from './RankBits';
import { UnitName } from './RankingTable';
import type { UnitLine } from './types';
import { RankBadge } from '../../lib/RankBadge';

type Props = {
  units: UnitLine[];
  diff?: Map<string, LineDiff> | null;
  canOpen: (unitId: string) => boolean;
  onOpen: (unitId: string) => void;
};

/** The ranking on a phone: a card per unit with its total, outcome and each indicator's points. */
export function RankingCards({ units, diff, canOpen, onOpen }: Props) {
  const t = useT();
  return (
    <ol className="ev-cards" data-testid="ev-ranking">
      {units.map((u) => {
        const d = diff?.get(u.unitId);
        const changed = d && (d.delta !== 0n || d.before === null);
        return (
          <li key={u.unitId} className={`ev-card ${changed ? 'ev-row-changed' : ''}`}>
            <div className="ev-card-head">
              <RankBadge rank={u.rank} />
              <RankChange change={u.rankChange} />
              <span className="ev-card-name">
                <UnitName line={u} canOpen={canOpen} onOpen={onOpen} />
              </span>
              <OutcomeTag outcome={u.outcome} />
              <strong className="ev-num ev-card-total">{u.total}</strong>
            </div>
            <dl className="ev-card-figures">
              {u.indicators.map((i) => (
                <div key={i.key} className={d?.changed.has(i.key) ? 'ev-changed' : ''}>
                  <dt>
                    {i.name}
                    <span className="ev-col-max">{t('ev.col.max', { points: maxText(i.maxPoints) })}</span>
                  </dt>
                  <dd className="ev-num">{i.points}</dd>
                </div>
              ))}
              {u.rules.length > 0 && (
                <div>
                  <dt>{t('ev.col.adjustments')}</dt>
                  <dd>
                    <Adjustments rules={u.rules} />
                  </dd>
                </div>
              )}
            </dl>
            {d?.before && d.delta !== 0n && (
              <div className={`ev-diff ${d.delta > 0n ? 'is-up' : 'is-down'}`}>
                {signedPoints(d.delta)} · {t('ev.diff.was', { total: d.before.total, rank: d.before.rank })}
              </div>
            )}
          </li>
        );
      })}
    </ol>
  );
}
