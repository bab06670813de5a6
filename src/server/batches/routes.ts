import { z } from 'zod';
import type { App } from '../http/types';
import { ctxOf } from '../http/types';
import { quarterBatches } from './service';

const Entry = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  regionName: z.string(),
  industryCategory: z.string(),
  totalInvestment: z.string(),
  signedOn: z.string().nullable(),
  startedOn: z.string().nullable(),
  producingOn: z.string().nullable(),
  eligible: z.boolean(),
  rule: z.string(),
  thresholdYi: z.number(),
  reason: z.string().nullable(),
});

export function registerBatchRoutes(app: App) {
  const { db } = app.deps;
  app.get(
    '/api/batches',
    {
      config: { policy: 'signing.read' },
      schema: {
        tags: ['signing'],
        summary: '三个一批: the sign, start and produce lists of a quarter, with eligibility and reasons',
        querystring: z.strictObject({
          period: z.string().regex(/^\d{4}Q[1-4]$/, 'must be a quarter like 2021Q3'),
        }),
        response: {
          200: z.object({
            period: z.string(),
            from: z.string(),
            to: z.string(),
            thresholds: z.record(z.string(), z.number()),
            sign: z.array(Entry),
            start: z.array(Entry),
            produce: z.array(Entry),
          }),
        },
      },
    },
    async (req) => quarterBatches(db, ctxOf(req), req.query.period),
  );
}
