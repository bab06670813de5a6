import { z } from 'zod';
import { ctxOf, type App } from '../http/types';
import { sendDocx } from '../office/send';
import { Yuan } from '../projects/schemas';
import { awardsFromResult, createAward, revokeAward } from './awards';
import { yearEndBriefing } from './year-end-briefing';
import { yearEndOverview } from './year-end';

const tags = ['evaluation'];
const read = { policy: 'evaluation.read' } as const;
const manage = { policy: 'evaluation.manage' } as const;

const Year = z.coerce.number().int().min(2000).max(2100);
const Title = z.string().trim().min(1).max(60);
const Award = z.object({
  id: z.uuid(),
  year: z.number().int(),
  groupId: z.string(),
  unitId: z.string(),
  kind: z.enum(['reward', 'penalty']),
  title: z.string(),
  amount: z.string().nullable(),
  basisResultId: z.uuid().nullable(),
  basisRank: z.number().int().nullable(),
  basisOutcome: z.string().nullable(),
  documentNo: z.string().nullable(),
  decidedOn: z.string(),
  note: z.string().nullable(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
  revokeReason: z.string().nullable(),
});
const Line = z
  .object({ total: z.string(), rank: z.number().int(), outcome: z.string().nullable() })
  .nullable();
const Overview = z.object({
  year: z.number().int(),
  group: z.object({ id: z.string(), name: z.string() }),
  periods: z.array(z.object({ period: z.string(), resultId: z.uuid(), version: z.number().int() })),
  inspections: z.array(z.object({ id: z.uuid(), name: z.string(), period: z.string() })),
  annual: z
    .object({
      resultId: z.uuid(),
      version: z.number().int(),
      publishedAt: z.string().nullable(),
      methodName: z.string(),
    })
    .nullable(),
  units: z.array(
    z.object({
      unitId: z.string(),
      unitName: z.string(),
      periods: z.array(z.object({ period: z.string(), line: Line })),
      inspections: z.array(z.object({ id: z.uuid(), score: z.string().nullable() })),
      annual: Line,
      awards: z.array(Award),
    }),
  ),
  proposals: z.array(
    z.object({
      unitId: z.string(),
      unitName: z.string(),
      kind: z.enum(['reward', 'penalty']),
      rank: z.number().int(),
      outcome: z.string(),
    }),
  ),
});
const AwardCreate = z.strictObject({
  year: z.number().int().min(2000).max(2100),
  groupId: z.string().min(1).max(40),
  unitId: z.string().min(1).max(40),
  kind: z.enum(['reward', 'penalty']),
  title: Title,
  amount: Yuan.nullable().optional(),
  basisResultId: z.uuid().nullable().optional(),
  documentNo: z.string().trim().max(60).nullable().optional(),
  decidedOn: z.iso.date(),
  note: z.string().trim().max(500).nullable().optional(),
});
const Decision = z.strictObject({ title: Title, amount: Yuan.nullable().optional() }).nullable();
const FromResult = z.strictObject({
  resultId: z.uuid(),
  reward: Decision,
  penalty: Decision,
  documentNo: z.string().trim().max(60).nullable().optional(),
  decidedOn: z.iso.date(),
});

/** 年终总评奖惩: the year's overview, recording and revoking rewards and penalties, the briefing. */
export function registerYearEndRoutes(app: App) {
  const { db } = app.deps;
  const query = z.strictObject({ year: Year, group: z.string().min(1).max(40) });

  app.get(
    '/api/evaluations/year-end',
    {
      config: read,
      schema: {
        tags,
        summary:
          '年终总评: each unit’s published ranks through the year, inspection scores, annual line and awards; the awards the annual outcomes call for',
        querystring: query,
        response: { 200: Overview },
      },
    },
    async (req) => yearEndOverview(db, req.query.year, req.query.group),
  );

  app.post(
    '/api/evaluations/awards',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Record a reward or penalty for a unit of a group (audited)',
        body: AwardCreate,
        response: { 201: Award },
      },
    },
    async (req, reply) => reply.code(201).send(await createAward(db, ctxOf(req), req.body)),
  );

  app.post(
    '/api/evaluations/awards/from-result',
    {
      config: manage,
      schema: {
        tags,
        summary:
          'Record the awards a published result’s outcomes call for: a reward per commended unit, a penalty per pledge unit (units already holding one are skipped)',
        body: FromResult,
        response: {
          200: z.object({
            created: z.array(Award),
            skipped: z.array(z.object({ unitId: z.string(), kind: z.enum(['reward', 'penalty']) })),
          }),
        },
      },
    },
    async (req) => awardsFromResult(db, ctxOf(req), req.body),
  );

  app.post(
    '/api/evaluations/awards/:id/revoke',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Revoke an award; it stays on record with the reason',
        params: z.strictObject({ id: z.uuid() }),
        body: z.strictObject({ reason: z.string().trim().min(1).max(500) }),
        response: { 200: Award },
      },
    },
    async (req) => revokeAward(db, ctxOf(req), req.params.id, req.body.reason),
  );

  app.get(
    '/api/briefings/year-end.docx',
    {
      config: read,
      schema: {
        tags: ['briefings'],
        summary:
          '年度考评结果及奖惩通报 (.docx): the annual ranking, the year’s quarterly ranks and the awards',
        querystring: query,
      },
    },
    async (req, reply) => {
      const { title, buffer } = await yearEndBriefing(db, ctxOf(req), req.query.year, req.query.group);
      return sendDocx(reply, title, buffer);
    },
  );
}
