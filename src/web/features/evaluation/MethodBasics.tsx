import { DatePicker, Input, InputNumber, Select } from 'antd';
import dayjs from 'dayjs';
import { PERIOD_KINDS, type Method, type PeriodKind } from '../../../domain/evaluation/method';
import { useT } from '../../i18n/useT';
import { Field } from './MethodFields';
import { problemsAt, type EditorState, type FieldProblem } from './methodForm';
import type { RankingGroup } from './types';

type Props = {
  state: EditorState;
  /** A new version keeps its family; a new method names one. */
  newFamily: boolean;
  groups: RankingGroup[];
  problems: FieldProblem[];
  onChange: (next: EditorState) => void;
};

/** 名称, family, valid from, period kind, total points, ranking groups, outcomes (红榜 / 表态发言). */
export function MethodBasics({ state, newFamily, groups, problems, onChange }: Props) {
  const t = useT();
  const at = (path: string) => problemsAt(problems, path, true);
  const body = (change: Partial<Method>) => onChange({ ...state, body: { ...state.body, ...change } });
  const outcomes = state.body.outcomes ?? { commend: 0, pledge: 0 };
  return (
    <div className="ev-editor-grid is-basics">
      <Field label={t('ev.editor.methodName')} problems={at('body.name')} className="is-full">
        <Input
          value={state.body.name}
          maxLength={120}
          placeholder={t('ev.editor.methodNamePlaceholder')}
          onChange={(e) => body({ name: e.target.value })}
          data-testid="ev-method-name"
        />
      </Field>
      <Field
        label={t('ev.editor.family')}
        problems={at('family')}
        extra={newFamily ? t('ev.editor.familyHint') : t('ev.editor.familyFixed')}
      >
        <Input
          value={state.family}
          maxLength={40}
          disabled={!newFamily}
          placeholder="nanyang-2026"
          onChange={(e) => onChange({ ...state, family: e.target.value.trim() })}
          data-testid="ev-method-family"
        />
      </Field>
      <Field label={t('ev.editor.validFrom')} problems={at('validFrom')}>
        <DatePicker
          value={state.validFrom ? dayjs(state.validFrom) : null}
          onChange={(d) => onChange({ ...state, validFrom: d ? d.format('YYYY-MM-DD') : '' })}
          allowClear={false}
          style={{ width: '100%' }}
        />
      </Field>
      <Field label={t('ev.editor.periodKind')} problems={at('body.periodKind')}>
        <Select<PeriodKind>
          value={state.body.periodKind}
          onChange={(periodKind) => body({ periodKind })}
          options={PERIOD_KINDS.map((k) => ({ value: k, label: t(`ev.periodKind.${k}`) }))}
        />
      </Field>
      <Field label={t('ev.editor.totalPoints')} problems={at('body.totalPoints')}>
        <Input
          value={state.body.totalPoints}
          inputMode="decimal"
          suffix={t('ev.editor.pointsUnit')}
          onChange={(e) => body({ totalPoints: e.target.value })}
        />
      </Field>
      <Field label={t('ev.editor.groups')} problems={at('groupIds')} className="is-wide">
        <Select<string[]>
          mode="multiple"
          value={state.groupIds}
          onChange={(groupIds) => onChange({ ...state, groupIds })}
          options={groups.map((g) => ({ value: g.id, label: g.name }))}
        />
      </Field>
      <Field
        label={t('ev.editor.commend')}
        problems={at('body.outcomes.commend')}
        extra={t('ev.editor.commendHint')}
      >
        <InputNumber
          min={0}
          max={20}
          precision={0}
          value={outcomes.commend}
          onChange={(v) => body({ outcomes: { ...outcomes, commend: v ?? 0 } })}
          style={{ width: '100%' }}
        />
      </Field>
      <Field
        label={t('ev.editor.pledge')}
        problems={at('body.outcomes.pledge')}
        extra={t('ev.editor.pledgeHint')}
      >
        <InputNumber
          min={0}
          max={20}
          precision={0}
          value={outcomes.pledge}
          onChange={(v) => body({ outcomes: { ...outcomes, pledge: v ?? 0 } })}
          style={{ width: '100%' }}
        />
      </Field>
    </div>
  );
}
