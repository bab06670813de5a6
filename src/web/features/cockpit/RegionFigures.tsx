import { useT } from '../../i18n/useT';
import { INDICATORS, indicatorName, indicatorText } from './indicators';
import type { CockpitRegion } from './types';

/** One county's figures by every indicator of the map (a county officer's screen, instead of a list of one). */
export function RegionFigures({ region }: { region: CockpitRegion }) {
  const t = useT();
  return (
    <dl className="tj-region-figures" data-testid="cockpit-region-figures">
      {INDICATORS.map((i) => (
        <div key={i}>
          <dt>{indicatorName(t, i)}</dt>
          <dd>{indicatorText(t, region, i)}</dd>
        </div>
      ))}
    </dl>
  );
}
