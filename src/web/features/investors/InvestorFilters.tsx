import { Button, Input, Select } from 'antd';
import { useEffect, useState } from 'react';
import { INVESTOR_KINDS, ORIGIN_REGIONS } from '../../../domain/investors/fields';
import { LIMITS } from '../../../domain/limits';
import { useT } from '../../i18n/useT';
import { INVESTOR_FLAGS } from './types';
import type { InvestorFilterValues } from './useInvestorFilters';

type Props = {
  values: InvestorFilterValues;
  onChange: (values: Partial<InvestorFilterValues>) => void;
  onReset: () => void;
};

/** Search by name, normalised name or credit code; kind, origin region and flag filters. */
export function InvestorFilters({ values, onChange, onReset }: Props) {
  const t = useT();
  const [q, setQ] = useState(values.q);
  useEffect(() => setQ(values.q), [values.q]);
  return (
    <div className="tj-filters" data-testid="investor-filters">
      <Input.Search
        data-testid="investor-search"
        className="tj-filter-search"
        allowClear
        placeholder={t('investor.search')}
        value={q}
        maxLength={LIMITS.search}
        onChange={(e) => {
          setQ(e.target.value);
          if (e.target.value === '' && values.q) onChange({ q: '' });
        }}
        onSearch={(v) => onChange({ q: v.trim() })}
        enterButton={t('common.search')}
      />
      <Select
        data-testid="investor-filter-kind"
        className="tj-filter-select"
        allowClear
        placeholder={t('investor.filter.kind')}
        value={values.kind || undefined}
        onChange={(v?: string) => onChange({ kind: v ?? '' })}
        options={INVESTOR_KINDS.map((k) => ({ value: k, label: t.label('investorKind', k) }))}
      />
      <Select
        data-testid="investor-filter-origin"
        className="tj-filter-select"
        allowClear
        placeholder={t('investor.filter.originRegion')}
        value={values.originRegion || undefined}
        onChange={(v?: string) => onChange({ originRegion: v ?? '' })}
        options={ORIGIN_REGIONS.map((r) => ({ value: r, label: t.label('originRegion', r) }))}
      />
      <Select
        data-testid="investor-filter-flag"
        className="tj-filter-select"
        allowClear
        placeholder={t('investor.filter.flag')}
        value={values.flag || undefined}
        onChange={(v?: InvestorFilterValues['flag']) => onChange({ flag: v ?? '' })}
        options={INVESTOR_FLAGS.map((f) => ({ value: f, label: t.label('investorFlag', f) }))}
      />
      <Button onClick={onReset}>{t('common.reset')}</Button>
    </div>
  );
}
