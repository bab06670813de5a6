import { Select } from 'antd';
import { useT } from '../../i18n/useT';
import { shanghaiDateTime } from '../../lib/shanghaiTime';

/** This year (in Nanyang) and the four before it; null = this year. */
export function YearSelect({
  value,
  onChange,
  size,
}: {
  value: number | null;
  onChange: (year: number | null) => void;
  size?: 'small' | 'middle' | 'large';
}) {
  const t = useT();
  const now = Number(shanghaiDateTime(new Date().toISOString()).slice(0, 4));
  const years = Array.from({ length: 5 }, (_, i) => now - i);
  return (
    <Select
      size={size}
      data-testid="cockpit-year"
      aria-label={t('cockpit.year')}
      value={value ?? now}
      onChange={(y: number) => onChange(y === now ? null : y)}
      options={years.map((y) => ({ value: y, label: t('cockpit.yearOption', { year: y }) }))}
      style={{ width: 110 }}
    />
  );
}
