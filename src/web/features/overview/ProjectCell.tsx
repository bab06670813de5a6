import { Tag } from 'antd';
import { Link } from 'react-router';
import type { Milestone } from '../../../domain/delivery/milestones';
import { useT } from '../../i18n/useT';

/** A project's name linking to its record, with its code (and region) underneath. */
export function ProjectCell({
  id,
  name,
  code,
  region,
}: {
  id: string;
  name: string;
  code: string;
  region?: string;
}) {
  return (
    <div>
      <Link to={`/projects/${id}`} className="tj-project-name">
        {name}
      </Link>
      <div className="tj-project-sub">{region ? `${code} · ${region}` : code}</div>
    </div>
  );
}

/** Overdue milestones as red tags, or a dash. */
export function OverdueTags({ milestones }: { milestones: Milestone[] }) {
  const t = useT();
  if (milestones.length === 0) return <span className="tj-muted">—</span>;
  return (
    <span className="tj-tag-row">
      {milestones.map((m) => (
        <Tag key={m} color="red" style={{ marginInlineEnd: 0 }}>
          {t('overview.overdueTag', { milestone: t.label('stage', m) })}
        </Tag>
      ))}
    </span>
  );
}

/** "2026-05" or 从未报送. */
export function LastReport({ month }: { month: string | null }) {
  const t = useT();
  return month ? (
    <span className="tj-nowrap">{month}</span>
  ) : (
    <span className="tj-muted">{t('overview.neverReported')}</span>
  );
}
