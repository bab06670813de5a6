import { Table, Tag } from 'antd';
import { useT } from '../../i18n/useT';
import { metricLabel, useUnitNames } from './MethodFields';
import { exclusionWords } from './methodForm';
import type { MethodView } from './types';

/** A version's content at a glance: its indicators with points, scoring and targets; its rules; outcomes. */
export function MethodSummary({ method }: { method: MethodView }) {
  const t = useT();
  const b = method.body;
  const unitName = useUnitNames();
  const exclusions = exclusionWords(t, b.exclusions, unitName);
  return (
    <div className="ev-summary">
      <p className="tj-muted">
        {t('ev.summary.head', {
          total: b.totalPoints,
          kind: t(`ev.periodKind.${b.periodKind}`),
          commend: b.outcomes?.commend ?? 0,
          pledge: b.outcomes?.pledge ?? 0,
        })}
      </p>
      <Table
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={b.indicators}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: t('ev.editor.name'), dataIndex: 'name' },
          { title: t('ev.editor.metric'), dataIndex: 'metric', render: (m: string) => metricLabel(t, m) },
          { title: t('ev.editor.points'), dataIndex: 'points', align: 'right' },
          {
            title: t('ev.editor.normalisation'),
            key: 'n',
            render: (_, i) =>
              `${t(`ev.normalisation.${i.normalisation.kind}`)}${i.normalisation.kind === 'efficacy' ? `（${i.normalisation.floor}）` : ''} · ${t(`ev.basis.${i.basis}`)} · ${t(`ev.direction.${i.direction}`)}`,
          },
          {
            title: t('ev.editor.target'),
            dataIndex: 'target',
            render: (x: (typeof b.indicators)[number]['target']) => t(`ev.target.${x}`),
          },
        ]}
      />
      {b.rules.length > 0 && (
        <ul className="ev-summary-rules">
          {b.rules.map((r) => (
            <li key={r.key}>
              <Tag color={r.kind === 'bonus' ? 'success' : 'error'} variant="outlined">
                {t(`ev.rule.${r.kind}`)}
              </Tag>
              {t('ev.summary.rule', {
                name: r.name,
                metric: metricLabel(t, r.metric),
                each: r.each,
                cap: r.cap ?? t('ev.editor.noCap'),
              })}
            </li>
          ))}
        </ul>
      )}
      {exclusions.length > 0 && (
        <div style={{ marginTop: 8, fontSize: 13 }} data-testid="ev-summary-exclusions">
          <Tag variant="outlined">{t('ev.excl.title')}</Tag>
          {exclusions.join('；')}
        </div>
      )}
    </div>
  );
}
