import { Checkbox, Input, Segmented, Select } from 'antd';
import { ITEM_CATEGORIES } from '../../../domain/supervision/items';
import { useT } from '../../i18n/useT';
import { useCurrentUser } from '../auth/queries';
import { useRegionOptions } from '../org/queries';
import { UnitPicker } from './UnitPicker';
import type { SupervisionFilters } from './useSupervisionFilters';

type Props = {
  filters: SupervisionFilters;
  update: (patch: Partial<SupervisionFilters>) => void;
  /** Phones always show the list: no board/list switch. */
  mobile: boolean;
};

type ColourChoice = 'all' | 'red' | 'yellow';

/** Search, red / yellow, my items, unit, category, county, and the board/list switch. */
export function SupervisionFiltersBar({ filters, update, mobile }: Props) {
  const t = useT();
  const me = useCurrentUser();
  const { regions } = useRegionOptions();
  return (
    <div className="tj-filters tj-sv-filters" data-testid="sv-filters">
      <Input.Search
        key={filters.q ?? ''}
        className="tj-sv-search"
        defaultValue={filters.q ?? ''}
        placeholder={t('sv.filter.search')}
        allowClear
        onSearch={(v) => update({ q: v.trim() || null })}
        data-testid="sv-filter-q"
      />
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
      {me.role !== 'unit_handler' && (
        <UnitPicker
          className="tj-sv-filter-select"
          value={filters.unit ?? undefined}
          onChange={(v) => update({ unit: v ?? null })}
          placeholder={t('sv.filter.unit')}
          allowClear
          testId="sv-filter-unit"
        />
      )}
      <Select
        className="tj-sv-filter-select"
        value={filters.category ?? undefined}
        onChange={(v) => update({ category: v ?? null })}
        placeholder={t('sv.filter.category')}
        allowClear
        data-testid="sv-filter-category"
        options={ITEM_CATEGORIES.map((c) => ({ value: c, label: t(`sv.category.${c}`) }))}
      />
      {/* A county officer sees its own county only. */}
      {me.role !== 'county_officer' && (
        <Select
          className="tj-sv-filter-select"
          value={filters.region ?? undefined}
          onChange={(v) => update({ region: v ?? null })}
          placeholder={t('sv.filter.region')}
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          data-testid="sv-filter-region"
          options={regions.map((r) => ({ value: r.id, label: r.name }))}
        />
      )}
      {!mobile && (
        <Segmented<'board' | 'list'>
          className="tj-sv-view"
          value={filters.view}
          onChange={(view) => update({ view })}
          data-testid="sv-view"
          options={[
            { value: 'board', label: t('sv.view.board') },
            { value: 'list', label: t('sv.view.list') },
          ]}
        />
      )}
    </div>
  );
}
