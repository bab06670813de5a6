import { Card, Tag } from 'antd';
import { Link } from 'react-router';
import { useI18n } from '../../i18n/useT';
import { shortDate } from '../../lib/shanghaiTime';
import { ColourDot, StateTag } from './ColourTag';
import type { ItemSummary } from './types';

type Props = {
  item: ItemSummary;
  /** In the list of every open item: say which state each one is in. */
  showState?: boolean;
  /** A narrow kanban column: no project line (the title names the matter). */
  compact?: boolean;
};

/** One item on the board or the list: colour, title, unit, next deadline. */
export function ItemCard({ item, showState, compact }: Props) {
  const { t, locale } = useI18n();
  return (
    <Card
      size="small"
      className={`tj-sv-card is-${item.colour}`}
      data-testid="sv-card"
      data-code={item.code}
      data-colour={item.colour}
      data-state={item.state}
    >
      <Link to={`/supervision/${item.id}`} className="tj-sv-card-title">
        <ColourDot colour={item.colour} />
        <span>{item.title}</span>
      </Link>
      <div className="tj-sv-card-meta">
        <span className="tj-muted">{item.code}</span>
        <span className="tj-sv-card-tags">
          {showState && <StateTag state={item.state} />}
          <Tag style={{ marginInlineEnd: 0 }}>{t(`sv.category.${item.category}`)}</Tag>
          {item.weight === 'major' && (
            <Tag color="magenta" style={{ marginInlineEnd: 0 }}>
              {t('sv.weight.major')}
            </Tag>
          )}
        </span>
      </div>
      <div className="tj-sv-card-meta">
        <span>{item.unit.name}</span>
        <span className={`tj-sv-deadline is-${item.colour}`}>
          {item.nextDeadline
            ? t('sv.nextDeadline', { date: shortDate(item.nextDeadline, locale) })
            : t('sv.noDeadline')}
        </span>
      </div>
      {!compact && item.projectName && item.projectId && (
        <Link to={`/projects/${item.projectId}`} className="tj-sv-card-project">
          {item.projectName}
        </Link>
      )}
    </Card>
  );
}
