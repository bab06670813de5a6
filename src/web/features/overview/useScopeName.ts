import { useT } from '../../i18n/useT';
import { useCurrentUser } from '../auth/queries';
import { useRegionOptions } from '../org/queries';
import { useRegion } from '../org/regionContext';

/** The region the page looks at (the header's, or the officer's own) and how to name it. */
export function useScopeName() {
  const t = useT();
  const me = useCurrentUser();
  const { regionId, switchable } = useRegion();
  const { regions } = useRegionOptions();
  const name = regions.find((r) => r.id === regionId)?.name ?? me.regionName ?? regionId;
  return {
    regionId: switchable ? regionId : '',
    scopeName: regionId ? name : t('rates.filter.wholeCity'),
    /** Several regions are shown, so lists name each project's region. */
    cityWide: switchable && !regionId,
  };
}
