import { registerMap } from 'echarts/core';

/** The name the county map is registered under with ECharts. */
export const MAP_NAME = 'nanyang';

/**
 * Nanyang's county polygons (~1 MB, MIT, see NOTICE-nanyang-counties.txt beside it): a static asset
 * fetched on first use, so that no bundle carries it.
 */
const GEOJSON_URL = new URL('../../assets/maps/nanyang-counties.geojson', import.meta.url).href;

type Feature = {
  type: 'Feature';
  id?: string | number;
  properties?: { name?: string } & Record<string, unknown>;
};
type FeatureCollection = { type: 'FeatureCollection'; features: Feature[] };
type GeoInput = Parameters<typeof registerMap>[1];

let pending: Promise<true> | null = null;

/** The polygons' own names by adcode (for counties outside the caller's figures). */
export const mapRegionNames = new Map<string, string>();

/**
 * Fetches the polygons once and registers them. Each feature's id is its adcode, which is the
 * region id; it is copied into the `adcode` property, by which the map series names its regions.
 * The file itself stays as published; only the copy in memory is adapted.
 */
export function loadNanyangMap(): Promise<true> {
  pending ??= fetch(GEOJSON_URL)
    .then(async (res) => {
      if (!res.ok) throw new Error(`The county map could not be loaded (${res.status})`);
      const geo = (await res.json()) as FeatureCollection;
      // Without the given label points (`cp`: 宛城 and 卧龙 share the city seat's), labels and click
      // points sit at each polygon's own centre.
      const features = geo.features.map((f) => {
        const { cp: _cp, ...properties } = f.properties ?? {};
        return { ...f, properties: { ...properties, adcode: String(f.id ?? '') } };
      });
      for (const f of features) mapRegionNames.set(f.properties.adcode, f.properties.name ?? '');
      registerMap(MAP_NAME, { ...geo, features } as unknown as GeoInput);
      return true as const;
    })
    .catch((error: unknown) => {
      pending = null;
      throw error;
    });
  return pending;
}
