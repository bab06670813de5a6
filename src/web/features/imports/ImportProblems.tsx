import { Card, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { useT } from '../../i18n/useT';
import { useIsMobile } from '../../lib/useIsMobile';
import { importReasonText } from './importReason';
import type { ImportProblem } from './types';

/** Every bad cell of the sheet: row, column, the value as typed, and why it was refused. */
export function ImportProblems({ problems }: { problems: ImportProblem[] }) {
  const t = useT();
  const mobile = useIsMobile();
  if (mobile) {
    return (
      <div className="tj-card-list" data-testid="import-problems">
        {problems.map((p, i) => (
          <Card key={`${p.row}-${p.column}-${i}`} size="small" data-testid="import-problem">
            <div className="tj-project-card-head">
              <strong>{t('import.rowN', { row: p.row })}</strong>
              <span className="tj-muted">{p.column}</span>
            </div>
            {p.value && (
              <div style={{ marginTop: 4 }}>
                <span className="tj-muted">{t('import.col.value')}：</span>
                <code className="tj-break">{p.value}</code>
              </div>
            )}
            <div className="tj-import-reason">{importReasonText(t, p.reason)}</div>
          </Card>
        ))}
      </div>
    );
  }
  const columns: TableColumnsType<ImportProblem> = [
    { title: t('import.col.row'), dataIndex: 'row', width: 72, sorter: (a, b) => a.row - b.row },
    { title: t('import.col.column'), dataIndex: 'column', width: 180 },
    {
      title: t('import.col.value'),
      dataIndex: 'value',
      width: 220,
      render: (v: string) =>
        v ? <code className="tj-break">{v}</code> : <span className="tj-muted">—</span>,
    },
    {
      title: t('import.col.reason'),
      dataIndex: 'reason',
      render: (r: string) => <span className="tj-import-reason-cell">{importReasonText(t, r)}</span>,
    },
  ];
  return (
    <Table<ImportProblem>
      data-testid="import-problems"
      rowKey={(p) => `${p.row}-${p.column}-${p.reason}`}
      size="small"
      columns={columns}
      dataSource={problems}
      scroll={{ x: 760 }}
      onRow={() => ({ 'data-testid': 'import-problem' }) as HTMLAttributes<HTMLElement>}
      pagination={problems.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
    />
  );
}
