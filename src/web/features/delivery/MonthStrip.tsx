import { Button, Tooltip } from 'antd';
import { useState } from 'react';
import { useT } from '../../i18n/useT';
import { formatDate } from '../../lib/format';
import { LockIcon } from '../../lib/icons';
import { monthState, type MonthAction } from './reportMath';
import type { MonthStatusView } from './types';

type Props = {
  months: MonthStatusView[];
  actionOf: (m: MonthStatusView) => MonthAction | null;
  onOpen: (m: MonthStatusView, action: MonthAction) => void;
};

const FIRST = 12;

/** Every month since the signing as a chip: filed, to file, late, or missing (locked); a tap files it. */
export function MonthStrip({ months, actionOf, onOpen }: Props) {
  const t = useT();
  const [all, setAll] = useState(false);
  const shown = all ? months : months.slice(0, FIRST);
  return (
    <>
      <div className="tj-month-strip" data-testid="report-months">
        {shown.map((m) => {
          const state = monthState(m);
          const action = actionOf(m);
          const tip =
            m.status === 'locked'
              ? t('monthly.lockedTip', { date: formatDate(m.closesOn) })
              : `${t('monthly.dueOn', { date: formatDate(m.dueOn) })}，${t('monthly.closesOn', { date: formatDate(m.closesOn) })}`;
          return (
            <Tooltip key={m.month} title={tip}>
              <button
                type="button"
                className={`tj-month-chip is-${state}${action ? ' is-actionable' : ''}`}
                disabled={!action}
                onClick={() => action && onOpen(m, action)}
                data-testid="report-month"
                data-month={m.month}
                data-state={state}
                data-status={m.status}
              >
                <span className="tj-month-chip-month">
                  {m.month}
                  {m.status === 'locked' && <LockIcon className="tj-month-lock" />}
                </span>
                <span className="tj-month-chip-state">{t(`monthly.state.${state}`)}</span>
              </button>
            </Tooltip>
          );
        })}
      </div>
      {months.length > FIRST && (
        <Button type="link" size="small" onClick={() => setAll((v) => !v)} data-testid="report-months-toggle">
          {all ? t('monthly.showLess') : t('monthly.showAll', { count: months.length })}
        </Button>
      )}
    </>
  );
}
