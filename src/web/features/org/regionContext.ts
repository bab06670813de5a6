import { createContext, useContext } from 'react';

export type RegionValue = {
  /** The region the user is looking at; '' means the whole city. */
  regionId: string;
  /** False for county officers, whose region is fixed. */
  switchable: boolean;
  setRegionId: (regionId: string) => void;
};

export const RegionContext = createContext<RegionValue>({
  regionId: '',
  switchable: false,
  setRegionId: () => undefined,
});

export function useRegion(): RegionValue {
  return useContext(RegionContext);
}
