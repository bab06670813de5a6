import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { hasRegionSwitcher } from '../auth/permissions';
import { useCurrentUser } from '../auth/queries';
import { RegionContext } from './regionContext';

const PARAM = 'region';

/**
 * The region chosen in the header. The URL (`?region=`) is the source of truth, so links can be
 * shared; the last choice is remembered and put back when a page is opened without the parameter.
 */
export function RegionProvider({ children }: { children: ReactNode }) {
  const me = useCurrentUser();
  const switchable = hasRegionSwitcher(me.role);
  const [searchParams, setSearchParams] = useSearchParams();
  const fromUrl = searchParams.get(PARAM) ?? '';
  const [remembered, setRemembered] = useState(fromUrl);
  // The URL is adopted only when it changes: right after a choice of "all regions" the old
  // parameter is still in the URL for one render and must not bring the old region back.
  const lastUrl = useRef(fromUrl);

  useEffect(() => {
    if (!switchable) return;
    const changed = fromUrl !== lastUrl.current;
    lastUrl.current = fromUrl;
    if (fromUrl && changed && fromUrl !== remembered) setRemembered(fromUrl);
    else if (!fromUrl && remembered) {
      setSearchParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          next.set(PARAM, remembered);
          return next;
        },
        { replace: true },
      );
    }
  }, [switchable, fromUrl, remembered, setSearchParams]);

  const setRegionId = useCallback(
    (regionId: string) => {
      setRemembered(regionId);
      setSearchParams((prev) => {
        const next = new URLSearchParams(prev);
        if (regionId) next.set(PARAM, regionId);
        else next.delete(PARAM);
        next.delete('page');
        return next;
      });
    },
    [setSearchParams],
  );

  const value = useMemo(
    () => ({
      regionId: switchable ? fromUrl || remembered : (me.regionId ?? ''),
      switchable,
      setRegionId,
    }),
    [switchable, fromUrl, remembered, me.regionId, setRegionId],
  );
  return <RegionContext.Provider value={value}>{children}</RegionContext.Provider>;
}
