import { Empty, Pagination, Segmented, Spin } from 'antd';
import { useState } from 'react';
import { useT } from '../../i18n/useT';
import { canDecideDuplicates } from '../auth/permissions';
import { useCurrentUser } from '../auth/queries';
import { DecideModal } from './DecideModal';
import { DuplicateCard } from './DuplicateCard';
import { useDuplicates } from './queries';
import type { DuplicateCandidate } from './types';
import { QueryErrorAlert } from '../../lib/QueryErrorAlert';
import '../projects/projects.css';
import './duplicates.css';

const FILTERS = ['open', 'decided', 'all'] as const;
const PAGE_SIZE = 10;

/** /duplicates (city roles): possible double claims (一炮数响), side by side, decided with a reason. */
export function DuplicatesPage() {
  const t = useT();
  const me = useCurrentUser();
  const [status, setStatus] = useState<(typeof FILTERS)[number]>('open');
  const list = useDuplicates(status);
  const [deciding, setDeciding] = useState<DuplicateCandidate | null>(null);
  const [page, setPage] = useState(1);
  const items = list.data ?? [];
  const current = Math.min(page, Math.max(1, Math.ceil(items.length / PAGE_SIZE)));
  const shown = items.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE);
  const pager = items.length > PAGE_SIZE && (
    <Pagination
      align="center"
      current={current}
      pageSize={PAGE_SIZE}
      total={items.length}
      showSizeChanger={false}
      size="small"
      onChange={(p) => {
        setPage(p);
        window.scrollTo({ top: 0 });
      }}
    />
  );
  return (
    <>
      <div className="tj-page-head">
        <div>
          <h1 className="tj-page-title">{t('duplicate.title')}</h1>
          <div className="tj-page-subtitle">{t('duplicate.subtitle')}</div>
        </div>
      </div>
      <div className="tj-filters">
        <Segmented
          value={status}
          onChange={(v) => {
            setStatus(v);
            setPage(1);
          }}
          data-testid="duplicate-filter"
          options={FILTERS.map((f) => ({ value: f, label: t(`duplicate.filter.${f}`) }))}
        />
        <span className="tj-muted">{t('common.total', { total: items.length })}</span>
      </div>
      <QueryErrorAlert query={list} spaced />
      <Spin spinning={list.isFetching}>
        <div className="tj-dup-list" data-testid="duplicate-list">
          {items.length === 0 && !list.isFetching && (
            <Empty description={t(status === 'open' ? 'duplicate.emptyOpen' : 'duplicate.empty')} />
          )}
          {shown.map((c) => (
            <DuplicateCard
              key={c.id}
              candidate={c}
              canDecide={canDecideDuplicates(me.role)}
              onDecide={setDeciding}
            />
          ))}
        </div>
        {pager && <div style={{ marginTop: 16 }}>{pager}</div>}
      </Spin>
      <DecideModal candidate={deciding} onClose={() => setDeciding(null)} />
    </>
  );
}
