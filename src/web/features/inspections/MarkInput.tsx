import { Button, InputNumber } from 'antd';
import { useT } from '../../i18n/useT';
import { stepMark, trimDecimal } from './marks';

type Props = {
  criterion: { key: string; name: string; max: string };
  value: string | null | undefined;
  onChange: (value: string) => void;
  invalid: boolean;
  disabled: boolean;
};

/**
 * One mark on a phone: − and + (half a point, kept within 0…max) around a decimal keypad field.
 * What is typed is not clamped: a mark beyond the maximum is shown as an error instead.
 */
export function MarkInput({ criterion, value, onChange, invalid, disabled }: Props) {
  const t = useT();
  const max = trimDecimal(criterion.max);
  const current = (value ?? '').trim();
  // A step that changes nothing (already at 0 or at the maximum) is not offered.
  const stuck = (direction: 1 | -1) => stepMark(current, direction, criterion.max) === trimDecimal(current);
  return (
    <div className={`insp-mark-input ${disabled ? 'is-frozen' : ''}`}>
      <Button
        size="large"
        className="insp-step"
        onClick={() => onChange(stepMark(current, -1, criterion.max))}
        disabled={disabled || stuck(-1)}
        aria-label={t('insp.judge.minus', { name: criterion.name })}
        data-testid={`insp-minus-${criterion.key}`}
      >
        −
      </Button>
      <InputNumber<string>
        stringMode
        size="large"
        // The keyboard's arrows step by 1 (a step of 0.5 would show "18" as "18.0"); − and + by 0.5.
        step="1"
        controls={false}
        inputMode="decimal"
        value={current === '' ? null : current}
        onChange={(v) => onChange(v ?? '')}
        placeholder={t('insp.judge.placeholder', { max })}
        status={invalid ? 'error' : undefined}
        disabled={disabled}
        aria-label={criterion.name}
        className="insp-mark-field"
        data-testid={`insp-input-${criterion.key}`}
      />
      <Button
        size="large"
        className="insp-step"
        onClick={() => onChange(stepMark(current, 1, criterion.max))}
        disabled={disabled || stuck(1)}
        aria-label={t('insp.judge.plus', { name: criterion.name })}
        data-testid={`insp-plus-${criterion.key}`}
      >
        +
      </Button>
    </div>
  );
}
