import { z } from 'zod';
import { pageOf } from '../http/schemas';
import { ctxOf, type App } from '../http/types';
import { InvestorCreate, InvestorListQuery, InvestorPatch, InvestorView } from './schemas';
import { createInvestor, getInvestor, listInvestors, updateInvestor } from './service';

const IdParams = z.strictObject({ id: z.uuid() });

export function registerInvestorRoutes(app: App) {
  const { db } = app.deps;

  app.get(
    '/api/investors',
    {
      config: { policy: 'investors.read' },
      schema: {
        tags: ['investors'],
        summary: 'Search the investor registry (客商库) by name, credit code, kind, origin and flags',
        querystring: InvestorListQuery,
        response: {
          200: pageOf(InvestorView),
        },
      },
    },
    async (req) => listInvestors(db, ctxOf(req), req.query),
  );

  app.post(
    '/api/investors',
    {
      config: { policy: 'investors.write' },
      schema: {
        tags: ['investors'],
        summary: 'Register an investor; the credit code is checked (GB 32100) and must be unique',
        body: InvestorCreate,
        response: { 201: InvestorView },
      },
    },
    async (req, reply) => reply.status(201).send(await createInvestor(db, ctxOf(req), req.body)),
  );

  app.get(
    '/api/investors/:id',
    {
      config: { policy: 'investors.read' },
      schema: {
        tags: ['investors'],
        summary: 'One investor',
        params: IdParams,
        response: { 200: InvestorView },
      },
    },
    async (req) => getInvestor(db, ctxOf(req), req.params.id),
  );

  app.patch(
    '/api/investors/:id',
    {
      config: { policy: 'investors.write' },
      schema: {
        tags: ['investors'],
        summary: 'Update an investor your region keeps; `version` must be the one you read',
        params: IdParams,
        body: InvestorPatch,
        response: { 200: InvestorView },
      },
    },
    async (req) => updateInvestor(db, ctxOf(req), req.params.id, req.body),
  );
}
