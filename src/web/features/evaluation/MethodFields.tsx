import { Form, Select } from 'antd';
import type { ReactNode } from 'react';
import { METRIC_KEYS, METRICS, type MetricKey } from '../../../domain/evaluation/method';
import type { Translate } from '../../i18n/translate';
import { useT } from '../../i18n/useT';
import { useDepartments, useRegions } from '../org/queries';
import type { FieldProblem } from './methodForm';

/**
 * A problem in the reader's language: an exclusion rule's own wording, the editor's own codes, then
 * the API's field codes, then its text.
 */
export function problemText(t: Translate, p: FieldProblem): string {
  const general = t.dynamic(`ev.problem.${p.code}`, t.dynamic(`fieldError.${p.code}`, p.message), p.params);
  const rule = /^body\.exclusions\.(\w+)/.exec(p.path)?.[1];
  return rule ? t.dynamic(`ev.excl.problem.${rule}.${p.code}`, general, p.params) : general;
}

/** Unit names by id (counties and zones, city departments) for the members of ranking groups. */
export function useUnitNames(): (id: string) => string {
  const regions = useRegions();
  const departments = useDepartments();
  const names = new Map<string, string>();
  for (const r of regions.data ?? []) names.set(r.id, r.name);
  for (const d of departments.data ?? []) names.set(d.id, d.name);
  return (id) => names.get(id) ?? id;
}

type FieldProps = {
  label: ReactNode;
  problems: FieldProblem[];
  children: ReactNode;
  className?: string;
  extra?: ReactNode;
};

/** A labelled editor field that shows its problems (live, or the server's) under it. */
export function Field({ label, problems, children, className, extra }: FieldProps) {
  const t = useT();
  return (
    <Form.Item
      label={label}
      className={className}
      extra={extra}
      validateStatus={problems.length ? 'error' : undefined}
      help={problems.length ? problems.map((p) => problemText(t, p)).join('；') : undefined}
    >
      {children}
    </Form.Item>
  );
}

const KINDS = ['money', 'count', 'rate', 'score'] as const;

export const metricLabel = (t: Translate, metric: string) => t.dynamic(`ev.metric.${metric}`, metric);

/** The catalogue of what the system measures, grouped by money, counts, rates and scores. */
export function MetricSelect({
  value,
  onChange,
  testId,
}: {
  value: MetricKey;
  onChange: (metric: MetricKey) => void;
  testId?: string;
}) {
  const t = useT();
  return (
    <Select<MetricKey>
      value={value}
      onChange={onChange}
      showSearch={{ optionFilterProp: 'label' }}
      popupMatchSelectWidth={false}
      data-testid={testId}
      options={KINDS.map((kind) => ({
        label: t(`ev.metricKind.${kind}`),
        title: kind,
        options: METRIC_KEYS.filter((k) => METRICS[k] === kind).map((k) => ({
          value: k,
          label: metricLabel(t, k),
        })),
      }))}
    />
  );
}
