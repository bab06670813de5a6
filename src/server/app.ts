import fs from 'node:fs';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import { LIMITS } from '../domain/limits';
import { registerAuditRoutes } from './audit/routes';
import { registerBatchRoutes } from './batches/routes';
import { installAuth } from './auth/hooks';
import { registerAuthRoutes } from './auth/routes';
import { registerFileRoutes } from './files/routes';
import { registerDuplicateRoutes } from './duplicates/routes';
import { registerDeliveryRoutes } from './delivery/routes';
import { registerSupervisionRoutes } from './supervision/routes';
import { registerNotificationRoutes } from './supervision/notifications';
import { registerNotifyRoutes } from './notify/routes';
import { registerAtlasRoutes } from './atlas/routes';
import { registerEvaluationRoutes } from './evaluation/routes';
import { registerMeetingRoutes } from './meetings/routes';
import { registerInspectionRoutes } from './inspections/routes';
import { registerCockpitRoutes } from './cockpit/routes';
import { errorHandler } from './http/error-handler';
import { registerImportRoutes } from './imports/routes';
import { registerInvestorRoutes } from './investors/routes';
import type { App, AppDeps } from './http/types';
import { registerOrgRoutes } from './org/routes';
import { registerPipelineRoutes } from './pipeline/routes';
import { registerProjectRoutes } from './projects/routes';
import { registerSettingRoutes } from './settings/routes';
import { registerSigningRoutes } from './signing/routes';
import { registerUserRoutes } from './users/routes';

export const VERSION = '0.1.0';

/** Builds the HTTP application on its dependencies; the caller owns the database and the listener. */
export async function buildApp(deps: AppDeps, opts: { logger?: boolean } = {}): Promise<App> {
  const app = Fastify({
    logger: opts.logger ? { level: deps.config.logLevel } : false,
    trustProxy: false,
    bodyLimit: 1024 * 1024,
    genReqId: () => crypto.randomUUID(),
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  app.decorate('deps', deps);

  await app.register(fastifyCookie);
  await app.register(fastifyMultipart, { limits: { fileSize: LIMITS.fileBytes, files: 1, fields: 5 } });
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Tuijin API',
        description: '推进: investment promotion and project delivery',
        version: VERSION,
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'tuijin_sid' } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  installAuth(app);

  app.get(
    '/api/health',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['system'],
        summary: 'Liveness and the database in use',
        response: {
          200: z.object({
            status: z.literal('ok'),
            database: z.enum(['pglite', 'postgres']),
            version: z.string(),
          }),
        },
      },
    },
    async () => {
      await deps.db.execute('select 1');
      return { status: 'ok' as const, database: deps.dbKind, version: VERSION };
    },
  );
  app.get('/api/openapi.json', { config: { policy: 'public' }, schema: { hide: true } }, async () =>
    app.swagger(),
  );

  registerAuthRoutes(app);
  registerOrgRoutes(app);
  registerProjectRoutes(app);
  registerFileRoutes(app);
  registerInvestorRoutes(app);
  registerPipelineRoutes(app);
  registerSettingRoutes(app);
  registerSigningRoutes(app);
  registerDuplicateRoutes(app);
  registerImportRoutes(app);
  registerBatchRoutes(app);
  registerDeliveryRoutes(app);
  registerSupervisionRoutes(app);
  registerNotificationRoutes(app);
  registerNotifyRoutes(app);
  registerAtlasRoutes(app);
  registerEvaluationRoutes(app);
  registerMeetingRoutes(app);
  registerInspectionRoutes(app);
  registerCockpitRoutes(app);
  registerAuditRoutes(app);
  registerUserRoutes(app);

  const indexHtml = path.join(deps.config.webDir, 'index.html');
  const hasWeb = fs.existsSync(indexHtml);
  if (hasWeb) {
    await app.register(fastifyStatic, { root: deps.config.webDir, wildcard: false, index: false });
  }
  app.setNotFoundHandler((req, reply) => {
    if (req.method === 'GET' && hasWeb && !req.url.startsWith('/api/')) {
      if (req.url === '/' || !path.extname(req.url.split('?')[0] ?? '')) {
        return reply.type('text/html').header('cache-control', 'no-cache').send(fs.readFileSync(indexHtml));
      }
    }
    return reply.status(404).send({
      error: {
        code: 'NOT_FOUND',
        message: `No route ${req.method} ${req.url.split('?')[0]}`,
        requestId: req.id,
      },
    });
  });
  return app;
}
