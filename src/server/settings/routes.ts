import { z } from 'zod';
import { ctxOf, type App } from '../http/types';
import { allSettings, putSetting } from './service';

const Setting = z.object({ key: z.string(), value: z.unknown(), default: z.unknown() });

export function registerSettingRoutes(app: App) {
  const { db } = app.deps;
  app.get(
    '/api/settings',
    {
      config: { policy: 'org.read' },
      schema: {
        tags: ['settings'],
        summary: 'Every administrator setting with its value and default',
        response: { 200: z.object({ items: z.array(Setting) }) },
      },
    },
    async () => ({ items: await allSettings(db) }),
  );
  app.put(
    '/api/settings/:key',
    {
      config: { policy: 'settings.write' },
      schema: {
        tags: ['settings'],
        summary: 'Change a setting (city admin); validated against its schema and audited',
        params: z.strictObject({ key: z.string().max(100) }),
        body: z.strictObject({ value: z.unknown() }),
        response: { 200: Setting },
      },
    },
    async (req) => putSetting(db, ctxOf(req), req.params.key, req.body.value),
  );
}
