import { Card, Progress, Tag, Timeline } from 'antd';
import { useI18n } from '../../i18n/useT';
import { ColourTag } from './ColourTag';
import { explainChange, targetName } from './explain';
import { shanghaiDateTime, shortDate, shortDateTime } from '../../lib/shanghaiTime';
import type { Colour, ItemDetail, TargetView } from './types';

const STROKE: Record<Colour, string> = { green: '#2f9e57', yellow: '#d89614', red: '#cf3b3b' };

function TargetCard({ item, target }: { item: ItemDetail; target: TargetView }) {
  const { t, locale } = useI18n();
  const share = Math.round(Math.min(target.used, 9.99) * 100);
  return (
    <Card
      size="small"
      className={`tj-sv-target is-${target.colour}`}
      data-testid="sv-target"
      data-key={target.key}
      data-colour={target.colour}
      title={<span className="tj-sv-target-title">{targetName(t, item, target.key)}</span>}
      extra={<ColourTag colour={target.colour} />}
    >
      <div className="tj-sv-target-facts">
        <strong>{t('sv.target.deadline', { date: shortDate(target.deadline, locale) })}</strong>
        {target.doneAt ? (
          <Tag color={target.breached ? 'error' : 'success'} style={{ marginInlineEnd: 0 }}>
            {t('sv.target.doneAt', { at: shanghaiDateTime(target.doneAt) })}
          </Tag>
        ) : (
          <span className="tj-muted">{t(target.breached ? 'sv.target.breached' : 'sv.target.open')}</span>
        )}
      </div>
      {!target.doneAt && (
        <Progress
          percent={Math.min(share, 100)}
          showInfo={false}
          strokeColor={STROKE[target.colour]}
          size="small"
          aria-label={t('sv.target.used', { share })}
        />
      )}
      {!target.doneAt && (
        <div className="tj-sv-target-used" data-testid="sv-target-used">
          {t('sv.target.used', { share })}
          {target.colour === 'green' &&
            ` · ${t('sv.target.yellowAt', { at: shortDateTime(target.yellowAt, locale) })}`}
          {target.colour === 'yellow' &&
            ` · ${t('sv.target.breachAt', { at: shortDateTime(target.breachAt, locale) })}`}
        </div>
      )}
      <Timeline
        className="tj-sv-changes"
        items={target.changes.map((c, i) => ({
          key: i,
          color: STROKE[c.colour],
          content: <span data-testid="sv-change">{explainChange(t, locale, target, c)}</span>,
        }))}
      />
    </Card>
  );
}

/** 时限与亮灯: one card per target (deploy, report, resolve, plan steps) with its colour story. */
export function TargetCards({ item }: { item: ItemDetail }) {
  const { t } = useI18n();
  return (
    <section className="tj-sv-section">
      <h2 className="tj-sv-section-title">{t('sv.section.targets')}</h2>
      {item.targets.length === 0 ? (
        <div className="tj-muted">{t('sv.noTargets')}</div>
      ) : (
        <div className="tj-sv-targets">
          {item.targets.map((target) => (
            <TargetCard key={target.key} item={item} target={target} />
          ))}
        </div>
      )}
    </section>
  );
}
