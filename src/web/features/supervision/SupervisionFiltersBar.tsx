import { Checkbox, Segmented, Select, Switch } from 'antd';
import { ITEM_CATEGORIES } from '../../../domain/supervision/items';
import { useT } from '../../i18n/useT';
import { UnitPicker } from './UnitPicker';
import type { SupervisionFilters } from './useSupervisionFilters';

type Props = { filters: SupervisionFilters; update: (patch: Partial<SupervisionFilters>) => void };

type ColourChoice = 'all' | 'red' | 'yellow';

/** Red / yellow, my items, unit, category and the closed toggle. */
export function SupervisionFiltersBar({ filters, update }: Props) {
  const t = useT();
  return (
    <div className="tj-filters tj-sv-filters" data-testid="sv-filters">
      <Segmented<ColourChoice>
        value={filters.colour ?? 'all'}
        onChange={(v) => update({ colour: v === 'all' ? null : v })}
        data-testid="sv-filter-colour"
        options={[
          { value: 'all', label: t('sv.filter.allColours') },
          { value: 'red', label: <span className="tj-sv-seg is-red">{t('sv.filter.red')}</span> },
          { value: 'yellow', label: <span className="tj-sv-seg is-yellow">{t('sv.filter.yellow')}</span> },
        ]}
      />
      <Checkbox
        checked={filters.mine}
        onChange={(e) => update({ mine: e.target.checked })}
        data-testid="sv-filter-mine"
      >
        {t('sv.filter.mine')}
      </Checkbox>
      <UnitPicker
        className="tj-sv-filter-select"
        value={filters.unit ?? undefined}
        onChange={(v) => update({ unit: v ?? null })}
        placeholder={t('sv.filter.unit')}
        allowClear
        testId="sv-filter-unit"
      />
      <Select
        className="tj-sv-filter-select"
        value={filters.category ?? undefined}
        onChange={(v) => update({ category: v ?? null })}
        placeholder={t('sv.filter.category')}
        allowClear
        data-testid="sv-filter-category"
        options={ITEM_CATEGORIES.map((c) => ({ value: c, label: t(`sv.category.${c}`) }))}
      />
      <label className="tj-sv-switch">
        <Switch
          size="small"
          checked={filters.closed}
          onChange={(v) => update({ closed: v })}
          data-testid="sv-filter-closed"
        />
        {t('sv.filter.showClosed')}
      </label>
    </div>
  );
}
