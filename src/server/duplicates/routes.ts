import { z } from 'zod';
import { LIMITS } from '../../domain/limits';
import { DUPLICATE_STATUSES } from '../db/schema/duplicates';
import { notFound } from '../http/errors';
import { ctxOf, type App } from '../http/types';
import { decideDuplicate, listDuplicates } from './service';

const Side = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  regionId: z.string(),
  regionName: z.string(),
  investorName: z.string(),
  investorCreditCode: z.string().nullable(),
  stage: z.string(),
  totalInvestment: z.string(),
  signedOn: z.string().nullable(),
  createdAt: z.string(),
});
const Candidate = z.object({
  id: z.uuid(),
  score: z.number().int(),
  nameSimilarity: z.number(),
  reasons: z.array(z.string()),
  foundAt: z.string(),
  status: z.enum(DUPLICATE_STATUSES),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decisionReason: z.string().nullable(),
  createdAt: z.string(),
  project: Side,
  other: Side,
});

export function registerDuplicateRoutes(app: App) {
  const { db } = app.deps;
  app.get(
    '/api/duplicates',
    {
      config: { policy: 'duplicates.read' },
      schema: {
        tags: ['duplicates'],
        summary: 'Possible double claims (一炮数响): open and decided candidates with reasons and scores',
        querystring: z.strictObject({ status: z.enum(['open', 'decided', 'all']).default('open') }),
        response: { 200: z.object({ items: z.array(Candidate) }) },
      },
    },
    async (req) => ({ items: await listDuplicates(db, req.query.status) }),
  );
  app.post(
    '/api/duplicates/:id/decision',
    {
      config: { policy: 'duplicates.decide' },
      schema: {
        tags: ['duplicates'],
        summary:
          'Decide a candidate: the same project (merged, not counted again) or not a duplicate, with a reason',
        params: z.strictObject({ id: z.uuid() }),
        body: z.strictObject({
          decision: z.enum(['same_project', 'not_duplicate']),
          reason: z.string().trim().min(1).max(LIMITS.note),
        }),
        response: { 200: Candidate },
      },
    },
    async (req) => {
      const decided = await decideDuplicate(db, ctxOf(req), req.params.id, req.body);
      if (!decided) throw notFound('duplicate candidate');
      return decided;
    },
  );
}
