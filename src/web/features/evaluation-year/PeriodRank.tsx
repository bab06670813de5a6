import { Tooltip } from 'antd';
import type { Translate } from '../../i18n/translate';
import { useT } from '../../i18n/useT';
import { indexLabel, pickOf } from '../evaluation/period';
import type { YearLine } from './types';

/** A period's column head without the year: 第二季度, 上半年. */
export function periodShort(t: Translate, period: string): string {
  const p = pickOf(period);
  return p ? indexLabel(t, p.kind, p.index) : period;
}

/** A unit's rank in one published period, its total under it (第 N 名 / 总分 on hover). */
export function PeriodRank({ line }: { line: YearLine }) {
  const t = useT();
  if (!line) {
    return (
      <Tooltip title={t('ey.period.notRanked')}>
        <span className="tj-muted">—</span>
      </Tooltip>
    );
  }
  return (
    <Tooltip title={t('ey.period.tip', { rank: line.rank, total: line.total })}>
      <span className="ey-period-rank" data-testid="ey-period-rank">
        <strong>{line.rank}</strong>
        <span className="ey-period-total">{t('ey.period.total', { total: line.total })}</span>
      </span>
    </Tooltip>
  );
}
