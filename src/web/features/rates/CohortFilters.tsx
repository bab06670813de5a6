import { Button, DatePicker, Segmented, Select } from 'antd';
import dayjs from 'dayjs';
import { SIGNING_TYPES } from '../../../domain/lifecycle/stages';
import { INDUSTRY_CATEGORIES } from '../../../domain/projects/fields';
import { useT } from '../../i18n/useT';
import { DATE_FORMAT } from '../../lib/format';
import { useRegionOptions } from '../org/queries';
import { useRegionGroups } from './queries';
import type { CohortView } from './types';
import { PRESETS, type CohortParams, type Preset } from './useCohortParams';

type Props = { cohort: CohortParams; current: CohortView | undefined; mobile: boolean };

const COUNTY_KINDS = ['district', 'county', 'county_city'];

/** The cohort: signing period (presets or from/to), region or ranking group, category, signing type, as-of date. */
export function CohortFilters({ cohort, current, mobile }: Props) {
  const t = useT();
  const { values: v } = cohort;
  const { regions } = useRegionOptions();
  const groups = useRegionGroups();
  const presetOptions = PRESETS.map((p) => ({ value: p, label: t(`rates.preset.${p}`) }));
  const from = v.from || current?.signedFrom;
  const to = v.to || current?.signedTo;
  const range =
    from && to && from !== '0001-01-01' && to !== '9999-12-31' ? ([dayjs(from), dayjs(to)] as const) : null;

  return (
    <div className="tj-filters" data-testid="cohort-filters">
      {mobile ? (
        <Select
          className="tj-cohort-select"
          value={v.preset}
          onChange={(p: Preset) => cohort.setPreset(p, current)}
          options={presetOptions}
          data-testid="cohort-preset"
        />
      ) : (
        <Segmented
          value={v.preset}
          onChange={(p) => cohort.setPreset(p as Preset, current)}
          options={presetOptions}
          data-testid="cohort-preset"
        />
      )}
      {v.preset === 'custom' && (
        <DatePicker.RangePicker
          className="tj-cohort-range"
          value={range ? [range[0], range[1]] : null}
          allowClear={false}
          onChange={(dates) => {
            if (dates?.[0] && dates[1])
              cohort.setRange(dates[0].format(DATE_FORMAT), dates[1].format(DATE_FORMAT));
          }}
          placeholder={[t('rates.filter.signedFrom'), t('rates.filter.signedTo')]}
          data-testid="cohort-range"
        />
      )}
      {v.switchable && (
        <Select
          className="tj-cohort-select"
          value={v.scope}
          onChange={cohort.setScope}
          showSearch={{ optionFilterProp: 'label' }}
          popupMatchSelectWidth={false}
          aria-label={t('rates.filter.scope')}
          data-testid="cohort-scope"
          options={[
            { value: '', label: t('rates.filter.wholeCity') },
            {
              label: t('rates.filter.groups'),
              options: (groups.data ?? []).map((g) => ({ value: `group:${g.id}`, label: g.name })),
            },
            {
              label: t('header.groupCounties'),
              options: regions
                .filter((r) => COUNTY_KINDS.includes(r.kind))
                .map((r) => ({ value: r.id, label: r.name })),
            },
            {
              label: t('header.groupZones'),
              options: regions
                .filter((r) => !COUNTY_KINDS.includes(r.kind))
                .map((r) => ({ value: r.id, label: r.name })),
            },
          ]}
        />
      )}
      <Select
        className="tj-cohort-select"
        allowClear
        placeholder={t('projects.filter.industryCategory')}
        value={v.industry || undefined}
        onChange={(x?: string) => cohort.setFilters({ industry: x ?? '' })}
        options={INDUSTRY_CATEGORIES.map((c) => ({ value: c, label: t.label('industryCategory', c) }))}
        data-testid="cohort-industry"
      />
      <Select
        className="tj-cohort-select"
        allowClear
        placeholder={t('rates.filter.signingType')}
        value={v.type || undefined}
        onChange={(x?: string) => cohort.setFilters({ type: x ?? '' })}
        options={SIGNING_TYPES.map((s) => ({ value: s, label: t.label('signingType', s) }))}
        data-testid="cohort-signing-type"
      />
      <DatePicker
        className="tj-cohort-select"
        value={v.asOf ? dayjs(v.asOf) : null}
        onChange={(d) => cohort.setFilters({ asOf: d ? d.format(DATE_FORMAT) : '' })}
        disabledDate={(d) => d.isAfter(dayjs(), 'day')}
        placeholder={t('rates.filter.asOfToday')}
        prefix={<span className="tj-muted">{t('rates.filter.asOf')}</span>}
        data-testid="cohort-as-of"
      />
      <Button onClick={cohort.reset} data-testid="cohort-reset">
        {t('common.reset')}
      </Button>
    </div>
  );
}
