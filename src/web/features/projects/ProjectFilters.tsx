import { Button, Checkbox, Input, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import { STAGES } from '../../../domain/lifecycle/stages';
import { LIMITS } from '../../../domain/limits';
import { wanToYuan } from '../../../domain/money/money';
import { useT } from '../../i18n/useT';
import { SearchIcon } from '../../lib/icons';
import { INDUSTRY_CATEGORIES } from '../../../domain/projects/fields';
import type { ProjectFilterValues } from './useProjectFilters';

type Props = {
  values: ProjectFilterValues;
  onChange: (values: Partial<ProjectFilterValues>) => void;
  onReset: () => void;
};

const validWan = (v: string) => v.trim() === '' || wanToYuan(v) !== null;

/** Search box, stage, category, investment range (万元) and the overdue switch. */
export function ProjectFilters({ values, onChange, onReset }: Props) {
  const t = useT();
  const [q, setQ] = useState(values.q);
  const [min, setMin] = useState(values.minInvestment);
  const [max, setMax] = useState(values.maxInvestment);
  useEffect(() => {
    setQ(values.q);
    setMin(values.minInvestment);
    setMax(values.maxInvestment);
  }, [values.q, values.minInvestment, values.maxInvestment]);

  const applyText = () => {
    if (!validWan(min) || !validWan(max)) return;
    onChange({ q: q.trim(), minInvestment: min.trim(), maxInvestment: max.trim() });
  };

  return (
    <div className="tj-filters" data-testid="project-filters">
      <Input
        data-testid="filter-q"
        className="tj-filter-q"
        allowClear
        prefix={<SearchIcon />}
        placeholder={t('projects.filter.q')}
        value={q}
        maxLength={LIMITS.search}
        onChange={(e) => {
          setQ(e.target.value);
          if (e.target.value === '' && values.q) onChange({ q: '' });
        }}
        onPressEnter={applyText}
      />
      <Select
        data-testid="filter-stage"
        className="tj-filter-select"
        allowClear
        placeholder={t('projects.filter.stage')}
        value={values.stage || undefined}
        onChange={(v?: string) => onChange({ stage: v ?? '' })}
        options={STAGES.map((s) => ({ value: s, label: t.label('stage', s) }))}
      />
      <Select
        data-testid="filter-industry"
        className="tj-filter-select"
        allowClear
        placeholder={t('projects.filter.industryCategory')}
        value={values.industryCategory || undefined}
        onChange={(v?: string) => onChange({ industryCategory: v ?? '' })}
        options={INDUSTRY_CATEGORIES.map((c) => ({ value: c, label: t.label('industryCategory', c) }))}
      />
      <Space.Compact className="tj-filter-range">
        <Input
          data-testid="filter-min"
          inputMode="decimal"
          placeholder={t('projects.filter.minInvestment')}
          status={validWan(min) ? undefined : 'error'}
          value={min}
          onChange={(e) => setMin(e.target.value)}
          onPressEnter={applyText}
        />
        <Input
          data-testid="filter-max"
          inputMode="decimal"
          placeholder={t('projects.filter.maxInvestment')}
          status={validWan(max) ? undefined : 'error'}
          value={max}
          onChange={(e) => setMax(e.target.value)}
          onPressEnter={applyText}
          suffix={<span className="tj-muted">{t('unit.wan')}</span>}
        />
      </Space.Compact>
      <Checkbox
        data-testid="filter-overdue"
        checked={values.overdue}
        onChange={(e) => onChange({ overdue: e.target.checked })}
      >
        {t('projects.filter.overdue')}
      </Checkbox>
      <Space className="tj-filter-buttons">
        <Button type="primary" onClick={applyText} data-testid="filter-submit">
          {t('common.search')}
        </Button>
        <Button onClick={onReset}>{t('common.reset')}</Button>
      </Space>
    </div>
  );
}
