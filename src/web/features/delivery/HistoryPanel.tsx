import { Alert, Card, Empty, Spin, Timeline } from 'antd';
import { useT } from '../../i18n/useT';
import { errorMessage } from '../../lib/errors';
import { formatDateTimeShort } from '../../lib/format';
import type { Project } from '../projects/types';
import { describeEvent } from './history';
import { useHistory } from './queries';

const LIMIT = 200;
const COLORS: Record<string, string> = {
  'project.transition': 'blue',
  'report.correct': 'purple',
  'milestone.plan': 'orange',
  'duplicate.decide': 'red',
};

/** 变更记录: who changed what on the project and its records (reports, files, team), newest first. */
export function HistoryPanel({ project }: { project: Project }) {
  const t = useT();
  const history = useHistory(project.id, project.version);
  const items = history.data ?? [];
  return (
    <Card title={t('history.title')} variant="borderless" data-testid="project-history">
      {history.error ? (
        <Alert type="error" showIcon title={errorMessage(t, history.error)} />
      ) : history.isPending ? (
        <Spin />
      ) : items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('history.empty')} />
      ) : (
        <>
          <Timeline
            items={items.map((e) => {
              const { title, lines } = describeEvent(t, e);
              return {
                key: e.seq,
                color: COLORS[e.action] ?? 'gray',
                content: (
                  <div data-testid="history-item" data-action={e.action}>
                    <div className="tj-timeline-item-head">
                      <strong>{title}</strong>
                      <span className="tj-muted">
                        {e.actorName ?? '—'} · {formatDateTimeShort(e.at)}
                      </span>
                    </div>
                    {lines.map((line, i) => (
                      <div key={i} className="tj-history-line">
                        {line}
                      </div>
                    ))}
                  </div>
                ),
              };
            })}
          />
          {items.length >= LIMIT && <div className="tj-muted">{t('history.limit', { count: LIMIT })}</div>}
        </>
      )}
    </Card>
  );
}
