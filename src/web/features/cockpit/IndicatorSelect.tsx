import { Select } from 'antd';
import { useT } from '../../i18n/useT';
import { INDICATORS, indicatorName, type Indicator } from './indicators';

/** What the county map is coloured by. */
export function IndicatorSelect({
  value,
  onChange,
  size = 'small',
}: {
  value: Indicator;
  onChange: (i: Indicator) => void;
  size?: 'small' | 'middle' | 'large';
}) {
  const t = useT();
  return (
    <Select
      size={size}
      data-testid="cockpit-indicator"
      aria-label={t('cockpit.map.indicator')}
      value={value}
      onChange={onChange}
      options={INDICATORS.map((i) => ({ value: i, label: indicatorName(t, i) }))}
      style={{ width: 132 }}
      popupMatchSelectWidth={false}
    />
  );
}
