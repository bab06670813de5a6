import { Select } from 'antd';
import { POSITIONS, type Position } from '../../../domain/atlas/fields';
import { useT } from '../../i18n/useT';
import { useRegionOptions } from '../org/queries';
import { SystemSelect } from './SystemSelect';
import type { AtlasSystem } from './types';

export type AtlasFilterValues = { systemId?: string; county?: string; position?: Position };

type Props = {
  systems: AtlasSystem[] | undefined;
  loading: boolean;
  value: AtlasFilterValues;
  onChange: (next: Partial<AtlasFilterValues>) => void;
};

/** System version, and 主新特: the chains a county positions, of one kind or all. */
export function AtlasFilters({ systems, loading, value, onChange }: Props) {
  const t = useT();
  const { regions, isLoading } = useRegionOptions();
  return (
    <div className="tj-atlas-filters" data-testid="atlas-filters">
      <SystemSelect
        systems={systems}
        loading={loading}
        value={value.systemId}
        onChange={(systemId) => onChange({ systemId })}
      />
      <Select
        className="tj-atlas-filter"
        data-testid="atlas-filter-county"
        aria-label={t('atlas.filter.county')}
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        loading={isLoading}
        placeholder={t('atlas.filter.countyAll')}
        value={value.county}
        onChange={(county?: string) => onChange({ county })}
        options={regions.map((r) => ({ value: r.id, label: r.name }))}
      />
      <Select
        className="tj-atlas-filter"
        data-testid="atlas-filter-position"
        aria-label={t('atlas.filter.position')}
        allowClear
        placeholder={t('atlas.filter.positionAll')}
        value={value.position}
        onChange={(position?: Position) => onChange({ position })}
        options={POSITIONS.map((p) => ({ value: p, label: t(`atlas.position.${p}`) }))}
      />
    </div>
  );
}
