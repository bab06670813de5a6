import { Card, Empty, Pagination, Spin, Tag } from 'antd';
import { useNavigate } from 'react-router';
import { useT } from '../../i18n/useT';
import { formatDate } from '../../lib/format';
import { overdueTagsOf } from '../delivery/overdue';
import { OverdueTags } from '../delivery/OverdueTags';
import { Money } from './Money';
import { StageTag } from './StageTag';
import type { ProjectSummary } from './types';

type Props = {
  items: ProjectSummary[];
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  onPage: (page: number, pageSize: number) => void;
};

/** The project list on phones: one card per project. */
export function ProjectCards({ items, total, page, pageSize, loading, onPage }: Props) {
  const t = useT();
  const navigate = useNavigate();
  return (
    <Spin spinning={loading}>
      <div className="tj-card-list" data-testid="project-cards">
        {items.length === 0 && !loading && <Empty description={t('projects.empty')} />}
        {items.map((p) => (
          <Card
            key={p.id}
            size="small"
            className="tj-project-card"
            data-testid="project-card"
            data-project-code={p.code}
            onClick={() => void navigate(`/projects/${p.id}`)}
          >
            <div className="tj-project-card-head">
              <div style={{ minWidth: 0 }}>
                <div className="tj-project-name">{p.name}</div>
                <div className="tj-project-sub">
                  {p.code} · {p.regionName}
                </div>
              </div>
              <StageTag stage={p.stage} />
            </div>
            <dl className="tj-project-card-meta">
              <dt>{t('projects.col.totalInvestment')}</dt>
              <dd>
                <Money yuan={p.totalInvestment} />
              </dd>
              <dt>{t('projects.col.industry')}</dt>
              <dd>
                {p.industry} · {t.label('industryCategory', p.industryCategory)}
              </dd>
              <dt>{t('projects.col.signedOn')}</dt>
              <dd>
                {p.signedOn
                  ? `${formatDate(p.signedOn)}${p.signingType ? ` · ${t.label('signingType', p.signingType)}` : ''}`
                  : '—'}
              </dd>
            </dl>
            {(overdueTagsOf(p).length > 0 || p.strategicEmerging) && (
              <div style={{ marginTop: 8, display: 'flex', flexWrap: 'wrap', gap: 4 }}>
                <OverdueTags project={p} />
                {p.strategicEmerging && (
                  <Tag color="magenta" variant="filled">
                    {t('projects.strategicEmerging')}
                  </Tag>
                )}
              </div>
            )}
          </Card>
        ))}
      </div>
      {total > pageSize && (
        <Pagination
          style={{ marginTop: 12, justifyContent: 'center' }}
          simple
          current={page}
          pageSize={pageSize}
          total={total}
          onChange={onPage}
        />
      )}
    </Spin>
  );
}
