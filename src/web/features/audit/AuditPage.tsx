import { Alert, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { useT } from '../../i18n/useT';
import { errorMessage } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { useRegions } from '../org/queries';
import { AuditDiffView } from './AuditDiffView';
import { AuditFiltersBar, EMPTY_AUDIT_FILTERS } from './AuditFiltersBar';
import { useAuditEvents, useVerifyAudit } from './queries';
import type { AuditEvent, AuditFilters } from './types';
import { VerifyChainButton, VerifyChainResult } from './VerifyChainButton';
import './audit.css';

const ACTION_COLORS: Record<string, string> = {
  'auth.login_failed': 'orange',
  'auth.denied': 'red',
  'project.delete': 'red',
  'project.create': 'green',
  'user.create': 'green',
};

/** /audit (auditor): the hash-chained event log with filters, diffs and chain verification. */
export function AuditPage() {
  const t = useT();
  const [filters, setFilters] = useState<AuditFilters>(EMPTY_AUDIT_FILTERS);
  const [page, setPage] = useState({ current: 1, size: 20 });
  const events = useAuditEvents(filters, page.current, page.size);
  const verify = useVerifyAudit();
  const regions = useRegions();
  const regionName = (id: string | null) => (id ? (regions.data?.find((r) => r.id === id)?.name ?? id) : '');

  const columns: TableColumnsType<AuditEvent> = [
    { title: t('audit.col.seq'), dataIndex: 'seq', width: 80 },
    { title: t('audit.col.at'), dataIndex: 'at', width: 170, render: (v: string) => formatDateTime(v) },
    {
      title: t('audit.col.actor'),
      dataIndex: 'actorUsername',
      width: 120,
      render: (v: string | null) => v ?? <span className="tj-muted">{t('audit.anonymous')}</span>,
    },
    {
      title: t('audit.col.action'),
      dataIndex: 'action',
      width: 170,
      render: (a: string) => (
        <span title={a}>
          <Tag color={ACTION_COLORS[a] ?? 'blue'} variant="outlined">
            {t.label('audit.action', a)}
          </Tag>
        </span>
      ),
    },
    {
      title: t('audit.col.entityType'),
      dataIndex: 'entityType',
      width: 100,
      render: (v: string) => t.label('audit.entity', v),
    },
    {
      title: t('audit.col.entityId'),
      dataIndex: 'entityId',
      ellipsis: true,
      render: (v: string | null) => (v ? <code className="tj-audit-id">{v}</code> : ''),
    },
    { title: t('audit.col.region'), dataIndex: 'regionId', width: 110, render: regionName },
    { title: t('audit.col.ip'), dataIndex: 'ip', width: 130 },
  ];

  return (
    <>
      <div className="tj-page-head">
        <div>
          <h1 className="tj-page-title">{t('audit.title')}</h1>
          <div className="tj-page-subtitle">{t('audit.subtitle')}</div>
        </div>
        <VerifyChainButton verify={verify} />
      </div>
      <div style={{ marginBottom: verify.data || verify.error ? 16 : 0 }}>
        <VerifyChainResult verify={verify} />
      </div>
      <AuditFiltersBar
        onApply={(f) => {
          setFilters(f);
          setPage((p) => ({ ...p, current: 1 }));
        }}
      />
      {events.error && (
        <Alert type="error" showIcon title={errorMessage(t, events.error)} style={{ marginBottom: 16 }} />
      )}
      <Table<AuditEvent>
        data-testid="audit-table"
        rowKey="seq"
        size="middle"
        columns={columns}
        dataSource={events.data?.items ?? []}
        loading={events.isFetching}
        scroll={{ x: 1000 }}
        expandable={{ expandedRowRender: (e) => <AuditDiffView event={e} /> }}
        pagination={{
          current: page.current,
          pageSize: page.size,
          total: events.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (n) => t('common.total', { total: n }),
          onChange: (current, size) => setPage({ current, size }),
        }}
      />
    </>
  );
}
