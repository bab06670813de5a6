import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../config/env';
import type { Db } from '../db/client';
import type { FileStore } from '../files/store';
import type { Ctx } from '../auth/principal';
import type { PolicyName } from '../auth/policies';

export type AppDeps = {
  db: Db;
  dbKind: 'pglite' | 'postgres';
  config: Config;
  files: FileStore;
  /** The time source: real time in production, settable in tests. */
  now: () => Date;
};

export type RouteEntry = { method: string; url: string; policy: PolicyName };

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/* eslint-disable @typescript-eslint/consistent-type-definitions -- module augmentation needs interfaces */
declare module 'fastify' {
  interface FastifyContextConfig {
    /** The authorisation policy of the route (required on every /api route). */
    policy?: PolicyName;
  }
  interface FastifyRequest {
    /** Set by the auth hook on every non-public route. */
    ctx: Ctx | null;
    sessionToken: string | null;
  }
  interface FastifyInstance {
    deps: AppDeps;
    /** Every /api route with its policy, recorded at registration (for the permission matrix and docs). */
    routeTable: RouteEntry[];
  }
}
/* eslint-enable @typescript-eslint/consistent-type-definitions */

/** The request context of an authenticated route; throws if the route is public. */
export function ctxOf(req: { ctx: Ctx | null }): Ctx {
  if (!req.ctx) throw new Error('route has no authenticated context');
  return req.ctx;
}
