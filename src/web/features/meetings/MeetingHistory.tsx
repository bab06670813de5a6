import { Button, Card, Empty, Skeleton } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useT } from '../../i18n/useT';
import { formatDate } from '../../lib/format';
import { useRegionOptions } from '../org/queries';
import type { MeetingSummary } from './types';

const FIRST = 6;

type Props = {
  meetings: MeetingSummary[] | undefined;
  loading: boolean;
  /** The date being previewed: its meeting is marked. */
  current: string;
};

/** 历次例会: the meetings you may see, newest first; a county's own meetings carry its name. */
export function MeetingHistory({ meetings, loading, current }: Props) {
  const t = useT();
  const { all: regions } = useRegionOptions();
  const [all, setAll] = useState(false);
  const list = meetings ?? [];
  const shown = all ? list : list.slice(0, FIRST);
  return (
    <Card size="small" className="tj-mt-card" title={t('mt.history')} data-testid="mt-history">
      {loading ? (
        <Skeleton active paragraph={{ rows: 3 }} title={false} />
      ) : list.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('mt.noMeetings')} />
      ) : (
        <ol className="tj-mt-history">
          {shown.map((m) => (
            <li
              key={m.id}
              className={m.heldOn === current ? 'is-current' : undefined}
              data-testid="mt-history-item"
            >
              <Link to={`/meetings/${m.id}`}>{m.title}</Link>
              <span className="tj-muted">
                {formatDate(m.heldOn)}
                {m.regionId && ` · ${regions.find((r) => r.id === m.regionId)?.name ?? m.regionId}`}
              </span>
            </li>
          ))}
        </ol>
      )}
      {list.length > FIRST && (
        <Button type="link" size="small" onClick={() => setAll(!all)} style={{ paddingInline: 0 }}>
          {all ? t('mt.showLess') : t('mt.showAll', { count: list.length })}
        </Button>
      )}
    </Card>
  );
}
