import { Select, Space } from 'antd';
import { PERIOD_KINDS, type PeriodKind } from '../../../domain/evaluation/method';
import { useT } from '../../i18n/useT';
import { changeKind, indexLabel, periodIndexes, shanghaiToday, type PeriodPick } from './period';

type Props = { value: PeriodPick; onChange: (next: PeriodPick) => void };

/** Year, kind (季度 / 半年 / 月 / 年度) and which one; every period counts the year to date. */
export function PeriodPicker({ value, onChange }: Props) {
  const t = useT();
  const thisYear = Number(shanghaiToday().slice(0, 4));
  const years = Array.from({ length: 7 }, (_, i) => thisYear + 1 - i);
  if (!years.includes(value.year)) years.push(value.year);
  return (
    <Space.Compact className="ev-period" data-testid="ev-period">
      <Select
        aria-label={t('ev.period.yearLabel')}
        value={value.year}
        onChange={(year: number) => onChange({ ...value, year })}
        options={years.map((y) => ({ value: y, label: t('ev.period.yearOption', { year: y }) }))}
        style={{ width: 92 }}
        data-testid="ev-period-year"
      />
      <Select<PeriodKind>
        aria-label={t('ev.period.kindLabel')}
        value={value.kind}
        onChange={(kind) => onChange(changeKind(value, kind))}
        options={PERIOD_KINDS.map((k) => ({ value: k, label: t(`ev.periodKind.${k}`) }))}
        style={{ width: 104 }}
        data-testid="ev-period-kind"
      />
      {value.kind !== 'year' && (
        <Select<number>
          aria-label={t('ev.period.indexLabel')}
          value={value.index}
          onChange={(index) => onChange({ ...value, index })}
          options={periodIndexes(value.kind).map((i) => ({ value: i, label: indexLabel(t, value.kind, i) }))}
          style={{ width: value.kind === 'month' ? 84 : 112 }}
          data-testid="ev-period-index"
        />
      )}
    </Space.Compact>
  );
}
