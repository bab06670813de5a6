import { useT } from '../../i18n/useT';
import { indicatorText, indicatorValue, isAlarm, type Indicator } from './indicators';
import type { CockpitRegion } from './types';

type Props = {
  regions: readonly CockpitRegion[];
  indicator: Indicator;
  selectedId: string;
  onPick?: (regionId: string) => void;
  limit?: number;
};

/**
 * Every county-level unit (zones too, which the map lacks) by the map's indicator, the largest
 * first, with a bar; a row opens that county's dashboard.
 */
export function RegionBars({ regions, indicator, selectedId, onPick, limit }: Props) {
  const t = useT();
  const rows = regions
    .map((r) => ({ r, v: indicatorValue(r, indicator) }))
    .sort((a, b) => (b.v ?? -1) - (a.v ?? -1) || a.r.regionName.localeCompare(b.r.regionName, 'zh'))
    .slice(0, limit);
  const max = Math.max(1, ...rows.map((x) => x.v ?? 0));
  return (
    <ol className="tj-region-bars" data-testid="cockpit-region-bars">
      {rows.map(({ r, v }, i) => {
        const content = (
          <>
            <span className="tj-region-bars-rank">{i + 1}</span>
            <span className="tj-region-bars-name">{r.regionName}</span>
            <span className="tj-region-bars-track" aria-hidden>
              <span
                className={isAlarm(indicator) ? 'is-alarm' : undefined}
                style={{ width: `${!v ? 0 : Math.max(2, (v / max) * 100)}%` }}
              />
            </span>
            <span className="tj-region-bars-value">{indicatorText(t, r, indicator)}</span>
          </>
        );
        return (
          <li
            key={r.regionId}
            className={r.regionId === selectedId ? 'is-selected' : undefined}
            data-testid="cockpit-region-row"
            data-region-id={r.regionId}
          >
            {onPick ? (
              <button type="button" onClick={() => onPick(r.regionId)}>
                {content}
              </button>
            ) : (
              <div>{content}</div>
            )}
          </li>
        );
      })}
    </ol>
  );
}
