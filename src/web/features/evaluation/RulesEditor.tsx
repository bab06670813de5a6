import { Button, Input, Select } from 'antd';
import type { MetricKey, Rule } from '../../../domain/evaluation/method';
import { useT } from '../../i18n/useT';
import { Field, metricLabel, MetricSelect } from './MethodFields';
import { freeKey, newRule, problemsAt, type FieldProblem } from './methodForm';

type Props = {
  rules: Rule[];
  /** Keys already used by the indicators (keys are unique across indicators and rules). */
  takenKeys: { key: string }[];
  problems: FieldProblem[];
  onChange: (next: Rule[]) => void;
};

/** 加减分: per counted record, +each (bonus) or −each (deduction), capped or not. */
export function RulesEditor({ rules, takenKeys, problems, onChange }: Props) {
  const t = useT();
  const at = (i: number, field: string) => problemsAt(problems, `body.rules.${i}.${field}`);
  const patch = (i: number, change: Partial<Rule>) =>
    onChange(rules.map((r, j) => (j === i ? { ...r, ...change } : r)));
  const setMetric = (i: number, rule: Rule, metric: MetricKey) => {
    const others = [...takenKeys, ...rules.filter((_, j) => j !== i)];
    patch(i, {
      metric,
      ...(rule.name.trim() === '' || rule.name === metricLabel(t, rule.metric)
        ? { name: metricLabel(t, metric) }
        : {}),
      ...(rule.key === freeKey(rule.metric, others) ? { key: freeKey(metric, others) } : {}),
    });
  };
  const add = (kind: Rule['kind']) => onChange([...rules, newRule([...takenKeys, ...rules], kind)]);

  return (
    <div className="ev-editor-list" data-testid="ev-rules">
      {rules.length === 0 && <p className="tj-muted">{t('ev.editor.noRules')}</p>}
      {rules.map((rule, i) => (
        <div className="ev-editor-card" key={i} data-testid="ev-rule">
          <div className="ev-editor-card-head">
            <Select
              size="small"
              value={rule.kind}
              variant="borderless"
              onChange={(kind: Rule['kind']) => patch(i, { kind })}
              options={(['bonus', 'deduction'] as const).map((k) => ({ value: k, label: t(`ev.rule.${k}`) }))}
              className={`ev-rule-kind is-${rule.kind}`}
            />
            <Button size="small" type="text" danger onClick={() => onChange(rules.filter((_, j) => j !== i))}>
              {t('common.remove')}
            </Button>
          </div>
          <div className="ev-editor-grid">
            <Field label={t('ev.editor.name')} problems={at(i, 'name')}>
              <Input value={rule.name} maxLength={60} onChange={(e) => patch(i, { name: e.target.value })} />
            </Field>
            <Field label={t('ev.editor.ruleMetric')} problems={at(i, 'metric')} className="is-wide">
              <MetricSelect value={rule.metric} onChange={(m) => setMetric(i, rule, m)} />
            </Field>
            <Field label={t('ev.editor.key')} problems={at(i, 'key')}>
              <Input
                value={rule.key}
                maxLength={40}
                onChange={(e) => patch(i, { key: e.target.value.trim() })}
              />
            </Field>
            <Field label={t('ev.editor.each')} problems={at(i, 'each')}>
              <Input
                value={rule.each}
                inputMode="decimal"
                suffix={t('ev.editor.pointsUnit')}
                onChange={(e) => patch(i, { each: e.target.value })}
              />
            </Field>
            <Field label={t('ev.editor.cap')} problems={at(i, 'cap')}>
              <Input
                value={rule.cap ?? ''}
                inputMode="decimal"
                placeholder={t('ev.editor.noCap')}
                suffix={t('ev.editor.pointsUnit')}
                onChange={(e) => patch(i, { cap: e.target.value === '' ? null : e.target.value })}
              />
            </Field>
          </div>
        </div>
      ))}
      <div className="ev-editor-list-foot">
        <Button onClick={() => add('bonus')}>{t('ev.editor.addBonus')}</Button>
        <Button onClick={() => add('deduction')}>{t('ev.editor.addDeduction')}</Button>
      </div>
    </div>
  );
}
