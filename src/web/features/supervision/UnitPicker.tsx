import { Select } from 'antd';
import { useT } from '../../i18n/useT';
import { useDepartments, useRegionOptions } from '../org/queries';
import type { UnitRef } from './types';

/** "department:fgw" ↔ { kind, id }: a Select value for a unit. */
export const unitValue = (u: UnitRef) => `${u.kind}:${u.id}`;
export function unitFromValue(value: string | undefined): UnitRef | null {
  const [kind, id] = (value ?? '').split(':');
  return (kind === 'department' || kind === 'region') && id ? { kind, id } : null;
}

type Props = {
  value?: string;
  onChange?: (value: string | undefined) => void;
  placeholder?: string;
  allowClear?: boolean;
  testId?: string;
  className?: string;
};

/** City departments and counties in one searchable list, grouped. */
export function UnitPicker({ value, onChange, placeholder, allowClear, testId, className }: Props) {
  const t = useT();
  const departments = useDepartments();
  const { regions, isLoading } = useRegionOptions();
  return (
    <Select<string>
      className={className}
      value={value}
      onChange={(v) => onChange?.(v)}
      allowClear={allowClear}
      placeholder={placeholder ?? t('sv.field.unitPlaceholder')}
      loading={departments.isLoading || isLoading}
      showSearch={{ optionFilterProp: 'label' }}
      data-testid={testId}
      popupMatchSelectWidth={false}
      options={[
        {
          label: t('sv.unitKind.department'),
          options: (departments.data ?? []).map((d) => ({ value: `department:${d.id}`, label: d.name })),
        },
        {
          label: t('sv.unitKind.region'),
          options: regions.map((r) => ({ value: `region:${r.id}`, label: r.name })),
        },
      ]}
    />
  );
}

/** A unit's name from the org lists (the log stores only ids). */
export function useUnitNames(): (id: string) => string {
  const departments = useDepartments();
  const { all } = useRegionOptions();
  return (id) => departments.data?.find((d) => d.id === id)?.name ?? all.find((r) => r.id === id)?.name ?? id;
}
