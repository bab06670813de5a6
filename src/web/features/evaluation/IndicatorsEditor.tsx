import { Button, Input, Select } from 'antd';
import type { Indicator, MetricKey, Normalisation } from '../../../domain/evaluation/method';
import { useT } from '../../i18n/useT';
import { Field, metricLabel, MetricSelect } from './MethodFields';
import { freeKey, newIndicator, pointsSum, problemsAt, type FieldProblem } from './methodForm';

type Props = {
  indicators: Indicator[];
  totalPoints: string;
  problems: FieldProblem[];
  onChange: (next: Indicator[]) => void;
};

const NORMALISATIONS = ['capped_ratio', 'efficacy', 'min_max', 'rank'] as const;
const TARGETS = ['none', 'per_unit', 'per_unit_time_proportional'] as const;

/** 指标: a card per indicator — key, name, data source, level or growth, direction, points, scoring, targets. */
export function IndicatorsEditor({ indicators, totalPoints, problems, onChange }: Props) {
  const t = useT();
  const at = (i: number, field: string, deep = false) =>
    problemsAt(problems, `body.indicators.${i}.${field}`, deep);
  const patch = (i: number, change: Partial<Indicator>) =>
    onChange(indicators.map((ind, j) => (j === i ? { ...ind, ...change } : ind)));
  const setMetric = (i: number, ind: Indicator, metric: MetricKey) => {
    const others = indicators.filter((_, j) => j !== i);
    const autoName = ind.name.trim() === '' || ind.name === metricLabel(t, ind.metric);
    const autoKey = ind.key === freeKey(ind.metric, others);
    patch(i, {
      metric,
      ...(autoName ? { name: metricLabel(t, metric) } : {}),
      ...(autoKey ? { key: freeKey(metric, others) } : {}),
    });
  };
  const setNormalisation = (i: number, kind: Normalisation['kind']) =>
    patch(i, { normalisation: kind === 'efficacy' ? { kind, floor: '0.6' } : { kind } });
  const sum = pointsSum({ indicators });
  const listProblems = problemsAt(problems, 'body.indicators');

  return (
    <div className="ev-editor-list" data-testid="ev-indicators">
      {indicators.map((ind, i) => (
        <div className="ev-editor-card" key={i} data-testid="ev-indicator">
          <div className="ev-editor-card-head">
            <span className="ev-editor-card-no">{t('ev.editor.indicatorNo', { n: i + 1 })}</span>
            <Button
              size="small"
              type="text"
              danger
              onClick={() => onChange(indicators.filter((_, j) => j !== i))}
            >
              {t('common.remove')}
            </Button>
          </div>
          <div className="ev-editor-grid">
            <Field label={t('ev.editor.name')} problems={at(i, 'name')}>
              <Input value={ind.name} maxLength={60} onChange={(e) => patch(i, { name: e.target.value })} />
            </Field>
            <Field label={t('ev.editor.metric')} problems={at(i, 'metric')} className="is-wide">
              <MetricSelect value={ind.metric} onChange={(m) => setMetric(i, ind, m)} />
            </Field>
            <Field label={t('ev.editor.key')} problems={at(i, 'key')}>
              <Input
                value={ind.key}
                maxLength={40}
                onChange={(e) => patch(i, { key: e.target.value.trim() })}
              />
            </Field>
            <Field label={t('ev.editor.points')} problems={at(i, 'points')}>
              <Input
                value={ind.points}
                inputMode="decimal"
                suffix={t('ev.editor.pointsUnit')}
                onChange={(e) => patch(i, { points: e.target.value })}
                data-testid="ev-indicator-points"
              />
            </Field>
            <Field label={t('ev.editor.basis')} problems={at(i, 'basis')}>
              <Select
                value={ind.basis}
                onChange={(basis: Indicator['basis']) => patch(i, { basis })}
                options={(['level', 'growth'] as const).map((b) => ({ value: b, label: t(`ev.basis.${b}`) }))}
              />
            </Field>
            <Field label={t('ev.editor.direction')} problems={at(i, 'direction')}>
              <Select
                value={ind.direction}
                onChange={(direction: Indicator['direction']) => patch(i, { direction })}
                options={(['positive', 'negative'] as const).map((d) => ({
                  value: d,
                  label: t(`ev.direction.${d}`),
                }))}
              />
            </Field>
            <Field label={t('ev.editor.normalisation')} problems={at(i, 'normalisation')} className="is-wide">
              <Select
                value={ind.normalisation.kind}
                onChange={(kind: Normalisation['kind']) => setNormalisation(i, kind)}
                options={NORMALISATIONS.map((n) => ({ value: n, label: t(`ev.normalisation.${n}`) }))}
              />
            </Field>
            {ind.normalisation.kind === 'efficacy' && (
              <Field label={t('ev.editor.floor')} problems={at(i, 'normalisation.floor')}>
                <Input
                  value={ind.normalisation.floor}
                  inputMode="decimal"
                  onChange={(e) => patch(i, { normalisation: { kind: 'efficacy', floor: e.target.value } })}
                />
              </Field>
            )}
            <Field label={t('ev.editor.target')} problems={at(i, 'target')} className="is-wide">
              <Select
                value={ind.target}
                onChange={(target: Indicator['target']) => patch(i, { target })}
                options={TARGETS.map((x) => ({ value: x, label: t(`ev.target.${x}`) }))}
              />
            </Field>
          </div>
        </div>
      ))}
      <div className="ev-editor-list-foot">
        <Button
          onClick={() => onChange([...indicators, newIndicator(indicators)])}
          data-testid="ev-indicator-add"
        >
          {t('ev.editor.addIndicator')}
        </Button>
        <span className={listProblems.length ? 'ev-sum is-bad' : 'ev-sum'} data-testid="ev-points-sum">
          {t('ev.editor.sum', { sum: sum ?? '?', total: totalPoints })}
        </span>
      </div>
    </div>
  );
}
