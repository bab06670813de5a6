import { ctxOf, type App } from '../http/types';
import { CockpitQuery, CockpitResponse } from './schemas';
import { cockpit } from './service';

const tags = ['cockpit'];

export function registerCockpitRoutes(app: App) {
  const { db } = app.deps;

  app.get(
    '/api/cockpit',
    {
      config: { policy: 'cockpit.read' },
      schema: {
        tags,
        summary:
          'The leaders’ cockpit (驾驶舱) of the city or one county: the year’s signings, funds arrived, starts, rates, supervision, the trend by month, per-county figures for the map, the latest rankings and chain coverage; a county officer gets their own county only',
        querystring: CockpitQuery,
        response: { 200: CockpitResponse },
      },
    },
    async (req) => cockpit(db, ctxOf(req), req.query),
  );
}
