import { Segmented, Select, Space } from 'antd';
import { useT } from '../../i18n/useT';
import { shanghaiToday } from '../evaluation/period';

type Props = { value?: string; onChange?: (period: string) => void };

/** A half-year (2026H1 / 2026H2): the year, then 上半年 / 下半年. */
export function HalfPeriodPicker({ value, onChange }: Props) {
  const t = useT();
  const m = /^(\d{4})H([12])$/.exec(value ?? '');
  const thisYear = Number(shanghaiToday().slice(0, 4));
  const year = m ? Number(m[1]) : thisYear;
  const half = m?.[2] === '2' ? 2 : 1;
  const years = [thisYear - 1, thisYear, thisYear + 1];
  if (!years.includes(year)) years.unshift(year);
  return (
    <Space wrap data-testid="insp-period">
      <Select<number>
        aria-label={t('ev.period.yearLabel')}
        value={year}
        onChange={(y) => onChange?.(`${y}H${half}`)}
        options={years.map((y) => ({ value: y, label: t('ev.period.yearOption', { year: y }) }))}
        style={{ width: 104 }}
        data-testid="insp-period-year"
      />
      <Segmented<number>
        value={half}
        onChange={(h) => onChange?.(`${year}H${h}`)}
        options={[
          { value: 1, label: t('ev.period.short.h1') },
          { value: 2, label: t('ev.period.short.h2') },
        ]}
        data-testid="insp-period-half"
      />
    </Space>
  );
}
