import { Alert, Card, Empty, Spin } from 'antd';
import { Link } from 'react-router';
import { useI18n } from '../../i18n/useT';
import { errorMessage } from '../../lib/errors';
import { shortDate } from '../../lib/shanghaiTime';
import { ColourDot, StateTag } from './ColourTag';
import { useSupervisionItems } from './queries';
import type { ItemSummary } from './types';
import './supervision.css';
import './attachments.css';

const RANK = { red: 0, yellow: 1, green: 2 } as const;

/** Open items first, the worst colour first; closed ones last, newest first within each. */
const order = (a: ItemSummary, b: ItemSummary) =>
  Number(a.state === 'closed') - Number(b.state === 'closed') ||
  RANK[a.colour] - RANK[b.colour] ||
  b.createdAt.localeCompare(a.createdAt);

/** 督办事项 of a project page: the project's items (those the caller may see) with their colour now. */
export function ProjectItemsCard({ projectId }: { projectId: string }) {
  const { t, locale } = useI18n();
  const query = useSupervisionItems({ projectId });
  const items = [...(query.data?.items ?? [])].sort(order);
  const open = items.filter((i) => i.state !== 'closed');
  return (
    <Card
      title={t('sv.project.title')}
      variant="borderless"
      data-testid="project-sv-items"
      extra={
        items.length > 0 && (
          <Link to={`/supervision?projectId=${encodeURIComponent(projectId)}&closed=true`}>
            {t('sv.project.board')}
          </Link>
        )
      }
    >
      {query.error ? (
        <Alert type="error" showIcon title={errorMessage(t, query.error)} />
      ) : query.isPending ? (
        <Spin />
      ) : items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('sv.project.empty')} />
      ) : (
        <>
          <div className="tj-muted" style={{ marginBottom: 8 }} data-testid="project-sv-summary">
            {t('sv.project.summary', {
              open: open.length,
              red: open.filter((i) => i.colour === 'red').length,
              yellow: open.filter((i) => i.colour === 'yellow').length,
              closed: items.length - open.length,
            })}
          </div>
          <ul className="tj-sv-project-items">
            {items.map((item) => (
              <li
                key={item.id}
                className={item.state === 'closed' ? 'is-closed' : undefined}
                data-testid="project-sv-item"
                data-colour={item.colour}
                data-state={item.state}
              >
                <Link to={`/supervision/${item.id}`} className="tj-sv-card-title">
                  <ColourDot colour={item.colour} />
                  <span>{item.title}</span>
                </Link>
                <div className="tj-sv-card-meta">
                  <span className="tj-sv-card-tags">
                    <StateTag state={item.state} />
                    <span>{item.unit.name}</span>
                  </span>
                  {item.state !== 'closed' && (
                    <span className={`tj-sv-deadline is-${item.colour}`}>
                      {item.nextDeadline
                        ? t('sv.nextDeadline', { date: shortDate(item.nextDeadline, locale) })
                        : t('sv.noDeadline')}
                    </span>
                  )}
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}
