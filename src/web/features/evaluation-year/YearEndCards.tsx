import { Button } from 'antd';
import { useT } from '../../i18n/useT';
import { OutcomeTag } from '../evaluation/RankBits';
import { AwardTags } from './AwardTags';
import { PeriodRank, periodShort } from './PeriodRank';
import type { YearEndOverview } from './types';
import type { RowActions } from './YearEndTable';
import { RankBadge } from '../../lib/RankBadge';

/** The year on a phone: a card per unit — annual rank, total and outcome, each period's rank, awards. */
export function YearEndCards({ overview, onAward, onRevoke }: { overview: YearEndOverview } & RowActions) {
  const t = useT();
  return (
    <ol className="ev-cards" data-testid="ey-cards">
      {overview.units.map((u) => (
        <li
          key={u.unitId}
          className={`ev-card ${u.annual ? '' : 'ey-row-unranked'}`}
          data-testid={`ey-unit-${u.unitId}`}
        >
          <div className="ev-card-head">
            {u.annual ? <RankBadge rank={u.annual.rank} /> : <RankBadge rank={null} />}
            <span className="ev-card-name ev-unit-name">{u.unitName}</span>
            <OutcomeTag outcome={u.annual?.outcome ?? null} />
            <strong className="ev-num ev-card-total">{u.annual?.total ?? ''}</strong>
          </div>
          {!u.annual && overview.annual && (
            <div className="tj-muted ey-card-note">{t('ey.notRanked', { year: overview.year })}</div>
          )}
          {(u.periods.some((x) => x.line) || u.inspections.some((x) => x.score)) && (
            <dl className="ev-card-figures">
              {overview.periods.map((p, i) => (
                <div key={p.period}>
                  <dt>{periodShort(t, p.period)}</dt>
                  <dd>
                    <PeriodRank line={u.periods[i]?.line ?? null} />
                  </dd>
                </div>
              ))}
              {overview.inspections.map((insp, i) => (
                <div key={insp.id}>
                  <dt>{t('ey.col.inspection', { name: insp.name })}</dt>
                  <dd className="ev-num">{u.inspections[i]?.score ?? '—'}</dd>
                </div>
              ))}
            </dl>
          )}
          {u.awards.length > 0 && (
            <div className="ey-card-awards">
              <span className="ey-card-label">{t('ey.col.awards')}</span>
              <AwardTags awards={u.awards} onRevoke={onRevoke ? (a) => onRevoke(a, u) : undefined} />
            </div>
          )}
          {onAward && (
            <Button
              size="small"
              block
              onClick={() => onAward(u)}
              data-testid="ey-award-add"
              className="ey-card-add"
            >
              {t('ey.award.add')}
            </Button>
          )}
        </li>
      ))}
    </ol>
  );
}
