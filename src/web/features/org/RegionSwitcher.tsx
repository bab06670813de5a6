import { Select, Tag } from 'antd';
import { useT } from '../../i18n/useT';
import { MapPinIcon } from '../../lib/icons';
import { hasFixedRegion } from '../auth/permissions';
import { useCurrentUser } from '../auth/queries';
import { useRegionOptions } from './queries';
import { useRegion } from './regionContext';

const COUNTY_KINDS = ['district', 'county', 'county_city'];

/** Header control: a region Select for city-wide roles, the fixed region name for county officers. */
export function RegionSwitcher({ compact = false }: { compact?: boolean }) {
  const t = useT();
  const me = useCurrentUser();
  const { regionId, switchable, setRegionId } = useRegion();
  const { regions, isLoading } = useRegionOptions();

  if (!switchable) {
    if (!hasFixedRegion(me.role)) return null;
    return (
      <Tag data-testid="fixed-region" color="blue" style={{ marginInlineEnd: 0 }}>
        <MapPinIcon /> {me.regionName ?? '—'}
      </Tag>
    );
  }
  const counties = regions.filter((r) => COUNTY_KINDS.includes(r.kind));
  const zones = regions.filter((r) => !COUNTY_KINDS.includes(r.kind));
  return (
    <Select
      data-testid="region-switcher"
      aria-label={t('header.region')}
      value={regionId}
      loading={isLoading}
      onChange={setRegionId}
      showSearch={{ optionFilterProp: 'label' }}
      style={{ width: compact ? 118 : 168 }}
      prefix={compact ? undefined : <MapPinIcon />}
      popupMatchSelectWidth={false}
      options={[
        { value: '', label: t('header.allRegions') },
        {
          label: t('header.groupCounties'),
          options: counties.map((r) => ({ value: r.id, label: r.name })),
        },
        { label: t('header.groupZones'), options: zones.map((r) => ({ value: r.id, label: r.name })) },
      ]}
    />
  );
}
