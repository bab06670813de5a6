import { Progress, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { Link } from 'react-router';
import { useT } from '../../i18n/useT';
import { periodLabel } from '../evaluation/period';
import type { InspectionStatus, InspectionSummary } from './types';

/** A listed inspection with its progress, as the list answers it. */
export type InspectionRow = InspectionSummary;

export function StatusTag({ status }: { status: InspectionStatus }) {
  const t = useT();
  return (
    <Tag color={status === 'open' ? 'processing' : 'default'} data-testid="insp-status">
      {t(`insp.status.${status}`)}
    </Tag>
  );
}

/** Sites scored by every judge, as a bar and "2/3 个现场评完". */
function ProgressCell({ row }: { row: InspectionRow }) {
  const t = useT();
  const p = row;
  return (
    <div className="insp-progress" title={t('insp.progressHint')} data-testid="insp-progress">
      <Progress
        percent={p.sites ? Math.round((p.complete * 100) / p.sites) : 0}
        size="small"
        showInfo={false}
        status={row.status === 'closed' ? 'normal' : 'active'}
      />
      <span className="insp-progress-text">{t('insp.progress', { done: p.complete, total: p.sites })}</span>
    </div>
  );
}

/** What the caller does next: a judge with sites left scores, anyone else opens. */
function OpenLink({ row, plain = false }: { row: InspectionRow; plain?: boolean }) {
  const t = useT();
  const toScore = row.isJudge && row.status === 'open' && row.mine < row.sites;
  const text = toScore ? t('insp.toScore') : t('insp.open');
  // Inside a card that is itself the link, the action is only its label.
  if (plain) return <span className="insp-card-action">{text} ›</span>;
  return (
    <Link to={`/inspections/${row.id}`} data-testid="insp-open">
      {text}
    </Link>
  );
}

function MineCell({ row }: { row: InspectionRow }) {
  const t = useT();
  if (!row.isJudge) return <span className="tj-muted">—</span>;
  const p = row;
  return (
    <span className={p.mine < p.sites ? 'insp-mine is-left' : 'insp-mine'}>
      {t('insp.mine', { done: p.mine, total: p.sites })}
    </span>
  );
}

export function InspectionTable({ rows }: { rows: InspectionRow[] }) {
  const t = useT();
  const anyJudge = rows.some((r) => r.isJudge);
  const columns: TableColumnsType<InspectionRow> = [
    {
      title: t('insp.col.name'),
      key: 'name',
      render: (_, r) => <Link to={`/inspections/${r.id}`}>{r.name}</Link>,
    },
    { title: t('insp.col.period'), key: 'period', width: 140, render: (_, r) => periodLabel(t, r.period) },
    {
      title: t('insp.col.status'),
      key: 'status',
      width: 96,
      render: (_, r) => <StatusTag status={r.status} />,
    },
    {
      title: t('insp.col.sites'),
      key: 'sites',
      width: 80,
      align: 'right',
      render: (_, r) => r.sites,
    },
    {
      title: t('insp.col.judges'),
      key: 'judges',
      width: 80,
      align: 'right',
      render: (_, r) => r.judges,
    },
    {
      title: t('insp.col.progress'),
      key: 'progress',
      width: 200,
      render: (_, r) => <ProgressCell row={r} />,
    },
    ...(anyJudge
      ? [
          {
            title: t('insp.col.mine'),
            key: 'mine',
            width: 120,
            render: (_: unknown, r: InspectionRow) => <MineCell row={r} />,
          },
        ]
      : []),
    { title: t('common.actions'), key: 'open', width: 96, render: (_, r) => <OpenLink row={r} /> },
  ];
  return (
    <Table<InspectionRow>
      rowKey="id"
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 'max-content' }}
      onRow={(r) => ({ 'data-testid': `insp-row-${r.id}` }) as HTMLAttributes<HTMLElement>}
      data-testid="insp-list"
    />
  );
}

/** The list on a phone: a card per inspection, the whole card opening it. */
export function InspectionCards({ rows }: { rows: InspectionRow[] }) {
  const t = useT();
  return (
    <ul className="insp-cards" data-testid="insp-list">
      {rows.map((r) => (
        <li key={r.id} data-testid={`insp-row-${r.id}`}>
          <Link to={`/inspections/${r.id}`} className="insp-card">
            <div className="insp-card-head">
              <span className="insp-card-name">{r.name}</span>
              <StatusTag status={r.status} />
            </div>
            <div className="insp-sub">
              {periodLabel(t, r.period)}
              {` · ${t('insp.count.sites', { count: r.sites })} · ${t('insp.count.judges', { count: r.judges })}`}
            </div>
            <ProgressCell row={r} />
            {r.isJudge && (
              <div className="insp-card-foot">
                <MineCell row={r} />
                <OpenLink row={r} plain />
              </div>
            )}
          </Link>
        </li>
      ))}
    </ul>
  );
}
