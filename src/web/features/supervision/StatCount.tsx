import type { ReactNode } from 'react';
import { useT } from '../../i18n/useT';
import type { UnitStat } from './types';

type Props = {
  count: number;
  stat: UnitStat;
  onDrill: (stat: UnitStat) => void;
  /** Red when there is something to count (overdue). */
  alert?: boolean;
  /** What to show instead of the bare count ("按期 11"). */
  children?: ReactNode;
};

/** A figure of the statistics that opens exactly the items it counts. */
export function StatCount({ count, stat, onDrill, alert, children }: Props) {
  const t = useT();
  const what = t(`sv.stat.${stat}`);
  return (
    <button
      type="button"
      className={alert && count > 0 ? 'tj-sv-count is-alert' : 'tj-sv-count'}
      onClick={() => onDrill(stat)}
      title={t('sv.drill.open', { what })}
      aria-label={t('sv.drill.openCount', { what, count })}
      data-testid={`stat-${stat}`}
      data-count={count}
    >
      {children ?? count}
    </button>
  );
}
