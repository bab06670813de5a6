import { Empty, Segmented, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useT } from '../../i18n/useT';
import type { CockpitRanking } from './types';

type Props = { rankings: readonly CockpitRanking[]; selectedId: string; link: string; limit?: number };

function Change({ value }: { value: number | null }) {
  const t = useT();
  if (value === null || value === 0) return <span className="tj-rank-change">—</span>;
  return (
    <span
      className={value > 0 ? 'tj-rank-change is-up' : 'tj-rank-change is-down'}
      title={t(value > 0 ? 'cockpit.ranking.up' : 'cockpit.ranking.down', { count: Math.abs(value) })}
    >
      {value > 0 ? '▲' : '▼'}
      {Math.abs(value)}
    </span>
  );
}

/** The latest published ranking (考评) of the counties and of the zones, linking to the evaluation. */
export function RankingCard({ rankings, selectedId, link, limit }: Props) {
  const t = useT();
  const [groupId, setGroupId] = useState('');
  const current = rankings.find((r) => r.groupId === groupId) ?? rankings[0];
  if (!current) {
    return (
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cockpit.ranking.none')}>
        <Link to={link}>{t('cockpit.ranking.open')}</Link>
      </Empty>
    );
  }
  return (
    <div data-testid="cockpit-ranking">
      <div className="tj-cockpit-ranking-head">
        {rankings.length > 1 ? (
          <Segmented
            size="small"
            value={current.groupId}
            onChange={(v) => setGroupId(String(v))}
            options={rankings.map((r) => ({ value: r.groupId, label: r.groupName }))}
          />
        ) : (
          <span>{current.groupName}</span>
        )}
        <span className="tj-cockpit-muted">
          {t('cockpit.ranking.period', { period: current.period, count: current.unitCount })}
        </span>
      </div>
      <ol className="tj-cockpit-ranking">
        {current.units.slice(0, limit).map((u) => (
          <li key={u.unitId} className={u.unitId === selectedId ? 'is-selected' : undefined}>
            <span className="tj-cockpit-ranking-rank">{u.rank}</span>
            <span className="tj-cockpit-ranking-name">{u.unitName}</span>
            {u.outcome && (
              <Tag color={u.outcome === 'commended' ? 'red' : 'gold'}>
                {t(u.outcome === 'commended' ? 'cockpit.ranking.commended' : 'cockpit.ranking.pledge')}
              </Tag>
            )}
            <span className="tj-cockpit-ranking-total">{u.total}</span>
            <Change value={u.rankChange} />
          </li>
        ))}
      </ol>
      <Link to={link} className="tj-cockpit-more">
        {t('cockpit.ranking.open')}
      </Link>
    </div>
  );
}
