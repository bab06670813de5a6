import { Checkbox, DatePicker, Input, InputNumber, Select } from 'antd';
import dayjs from 'dayjs';
import {
  PERIOD_KINDS,
  type Exclusions,
  type Method,
  type PeriodKind,
} from '../../../domain/evaluation/method';
import { SIGNING_TYPES, type SigningType } from '../../../domain/lifecycle/stages';
import { INDUSTRY_CATEGORIES, type IndustryCategory } from '../../../domain/projects/fields';
import { useT } from '../../i18n/useT';
import { Field, useUnitNames } from './MethodFields';
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
          onChange={(groupIds) => {
            // Units left out of the ranking stay only while one of the groups has them.
            const members = new Set(
              groups.filter((g) => groupIds.includes(g.id)).flatMap((g) => g.memberIds),
            );
            const units = state.body.exclusions?.units?.filter((u) => members.has(u));
            const exclusions = state.body.exclusions && { ...state.body.exclusions, units };
            onChange({ ...state, groupIds, body: { ...state.body, exclusions } });
          }}
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

type ExclusionsProps = Omit<Props, 'newFamily'>;

/**
 * 排除规则: a minimum total investment (万元), the signing types counted, industry categories not
 * counted, units of the groups listed but not ranked.
 */
export function MethodExclusions({ state, groups, problems, onChange }: ExclusionsProps) {
  const t = useT();
  const unitName = useUnitNames();
  const at = (path: string) => problemsAt(problems, path, true);
  const ex = state.body.exclusions ?? {};
  const set = (change: Partial<Exclusions>) =>
    onChange({ ...state, body: { ...state.body, exclusions: { ...ex, ...change } } });
  const members = [
    ...new Set(groups.filter((g) => state.groupIds.includes(g.id)).flatMap((g) => g.memberIds)),
  ];
  return (
    <div className="ev-editor-grid is-basics" data-testid="ev-exclusions">
      <Field
        label={t('ev.excl.minInvestment')}
        problems={at('body.exclusions.minInvestment')}
        extra={t('ev.excl.minInvestmentHint')}
        className="is-wide"
      >
        <Input
          value={state.minInvestmentWan}
          inputMode="decimal"
          placeholder={t('ev.excl.minInvestmentPlaceholder')}
          suffix={<span className="tj-muted">{t('unit.wan')}</span>}
          onChange={(e) => onChange({ ...state, minInvestmentWan: e.target.value })}
          data-testid="ev-excl-min"
        />
      </Field>
      <Field
        label={t('ev.excl.signingTypes')}
        problems={at('body.exclusions.signingTypes')}
        extra={t('ev.excl.signingTypesHint')}
        className="is-wide"
      >
        <Checkbox.Group<SigningType>
          value={ex.signingTypes ?? [...SIGNING_TYPES]}
          onChange={(signingTypes) =>
            set({ signingTypes: signingTypes.length === SIGNING_TYPES.length ? undefined : signingTypes })
          }
          options={[...SIGNING_TYPES].reverse().map((s) => ({ value: s, label: t.label('signingType', s) }))}
          data-testid="ev-excl-signing"
        />
      </Field>
      <Field
        label={t('ev.excl.industries')}
        problems={at('body.exclusions.industryCategories')}
        className="is-full"
      >
        <Select<IndustryCategory[]>
          mode="multiple"
          allowClear
          value={ex.industryCategories ?? []}
          placeholder={t('ev.excl.industriesPlaceholder')}
          onChange={(industryCategories) => set({ industryCategories })}
          options={INDUSTRY_CATEGORIES.map((c) => ({ value: c, label: t.label('industryCategory', c) }))}
          data-testid="ev-excl-industries"
        />
      </Field>
      <Field
        label={t('ev.excl.units')}
        problems={at('body.exclusions.units')}
        extra={t('ev.excl.unitsHint')}
        className="is-full"
      >
        <Select<string[]>
          mode="multiple"
          allowClear
          value={ex.units ?? []}
          placeholder={t('ev.excl.unitsPlaceholder')}
          onChange={(units) => set({ units })}
          showSearch={{ optionFilterProp: 'label' }}
          options={members.map((id) => ({ value: id, label: unitName(id) }))}
          data-testid="ev-excl-units"
        />
      </Field>
    </div>
  );
}
