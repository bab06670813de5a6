import { Form, Select } from 'antd';
import type { ReactNode } from 'react';
import { METRIC_KEYS, METRICS, type MetricKey } from '../../../domain/evaluation/method';
import type { Translate } from '../../i18n/translate';
import { useT } from '../../i18n/useT';
import type { FieldProblem } from './methodForm';

/** A problem in the reader's language: the editor's own codes, then the API's field codes, then its text. */
export function problemText(t: Translate, p: FieldProblem): string {
  return t.dynamic(`ev.problem.${p.code}`, t.dynamic(`fieldError.${p.code}`, p.message), p.params);
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
