import { Descriptions, Table, Typography } from 'antd';
import { useT } from '../../i18n/useT';
import type { AuditEvent } from './types';

type Row = { field: string; before: unknown; after: unknown; changed: boolean };

function show(value: unknown): string {
  if (value === undefined) return '';
  if (value === null) return 'null';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const isChange = (v: unknown): v is { before?: unknown; after?: unknown } =>
  isRecord(v) &&
  ('before' in v || 'after' in v) &&
  Object.keys(v).every((k) => k === 'before' || k === 'after');

/**
 * Field rows of a diff, whatever its shape: `before`/`after` snapshots (create, delete), a
 * `changes` map of `{before, after}` (update, transition), or such pairs at the top level.
 */
function diffRows(diff: Record<string, unknown>): { rows: Row[]; others: [string, unknown][] } {
  const rows: Row[] = [];
  const others: [string, unknown][] = [];
  const push = (field: string, before: unknown, after: unknown) =>
    rows.push({ field, before, after, changed: show(before) !== show(after) });
  const before = isRecord(diff.before) ? diff.before : {};
  const after = isRecord(diff.after) ? diff.after : {};
  for (const field of new Set([...Object.keys(before), ...Object.keys(after)])) {
    push(field, before[field], after[field]);
  }
  for (const [key, value] of Object.entries(diff)) {
    if (key === 'before' || key === 'after') continue;
    if (key === 'changes' && isRecord(value)) {
      for (const [field, change] of Object.entries(value)) {
        if (isChange(change)) push(field, change.before, change.after);
        else others.push([`changes.${field}`, change]);
      }
    } else if (isChange(value)) {
      push(key, value.before, value.after);
    } else {
      others.push([key, value]);
    }
  }
  return { rows, others };
}

/** The before/after of an audit event as a field table, changed fields highlighted. */
export function AuditDiffView({ event }: { event: AuditEvent }) {
  const t = useT();
  const { rows, others } = diffRows(event.diff ?? {});
  const changed = rows.filter((r) => r.changed);

  return (
    <div data-testid="audit-diff" style={{ display: 'flex', flexDirection: 'column', gap: 12 }}>
      {changed.length === 0 ? (
        <Typography.Text type="secondary">{t('audit.diff.empty')}</Typography.Text>
      ) : (
        <Table<Row>
          size="small"
          rowKey="field"
          pagination={false}
          tableLayout="fixed"
          dataSource={changed}
          columns={[
            {
              title: t('audit.diff.field'),
              dataIndex: 'field',
              width: 200,
              render: (f: string) => <code>{f}</code>,
            },
            {
              title: t('audit.diff.before'),
              dataIndex: 'before',
              render: (v: unknown) => <span className="tj-diff-before">{show(v)}</span>,
            },
            {
              title: t('audit.diff.after'),
              dataIndex: 'after',
              render: (v: unknown) => <span className="tj-diff-after">{show(v)}</span>,
            },
          ]}
        />
      )}
      {others.length > 0 && (
        <Descriptions
          size="small"
          bordered
          column={1}
          styles={{ label: { width: 200 } }}
          title={t('audit.diff.other')}
          items={others.map(([key, value]) => ({ key, label: key, children: show(value) }))}
        />
      )}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('audit.hash')}: <code>{event.hash}</code>
      </Typography.Text>
    </div>
  );
}
