import { asc, ne } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { LIMITS } from '../../domain/limits';
import { regions } from '../db/schema/org';
import { AppError } from '../http/errors';
import { sendXlsx } from '../office/send';
import { ctxOf, type App } from '../http/types';
import { importInvestors } from './investors';
import { importProjects } from './projects';
import { investorTemplate, projectTemplate } from './template';

const Problem = z.object({
  row: z.number().int(),
  column: z.string(),
  value: z.string(),
  reason: z.string(),
});
const ImportReport = z.object({
  dryRun: z.boolean(),
  sheetName: z.string(),
  rows: z.number().int(),
  valid: z.number().int(),
  problems: z.array(Problem),
  ignoredColumns: z.array(z.string()),
  preview: z.array(z.record(z.string(), z.unknown())),
  created: z.number().int(),
  duplicatesFlagged: z.number().int(),
});

/** The uploaded workbook of a multipart request (field "file"), within the size limit. */
export async function upload(req: FastifyRequest) {
  const part = await req.file({ limits: { fileSize: LIMITS.fileBytes, files: 1 } });
  if (!part) throw new AppError('BAD_REQUEST', 'Send the workbook as multipart field "file"');
  const bytes = await part.toBuffer();
  if (part.file.truncated)
    throw new AppError('FILE_TOO_LARGE', 'The workbook is too large', { maxBytes: LIMITS.fileBytes });
  return { bytes, filename: part.filename };
}

export function registerImportRoutes(app: App) {
  const { db } = app.deps;

  app.get(
    '/api/imports/projects/template',
    {
      config: { policy: 'projects.write' },
      schema: {
        tags: ['imports'],
        summary: 'The project import template (.xlsx, Chinese headers, drop-downs)',
      },
    },
    async (_req, reply) => {
      const names = await db
        .select({ name: regions.name })
        .from(regions)
        .where(ne(regions.kind, 'city'))
        .orderBy(asc(regions.sortOrder));
      return sendXlsx(reply, '项目导入模板', await projectTemplate(names.map((n) => n.name)));
    },
  );

  app.get(
    '/api/imports/investors/template',
    {
      config: { policy: 'investors.write' },
      schema: { tags: ['imports'], summary: 'The investor import template (.xlsx)' },
    },
    async (_req, reply) => sendXlsx(reply, '客商导入模板', await investorTemplate()),
  );

  app.post(
    '/api/imports/investors',
    {
      config: { policy: 'investors.write' },
      schema: {
        tags: ['imports'],
        summary:
          'Import investors from .xlsx (multipart field "file"); ?dryRun=true lists every problem without writing',
        querystring: z.strictObject({ dryRun: z.enum(['true', 'false']).default('false') }),
        response: { 200: ImportReport.omit({ duplicatesFlagged: true }) },
      },
    },
    async (req) => {
      const { bytes, filename } = await upload(req);
      return importInvestors(db, ctxOf(req), bytes, {
        dryRun: req.query.dryRun === 'true',
        fileName: filename,
      });
    },
  );

  app.post(
    '/api/imports/projects',
    {
      config: { policy: 'projects.write' },
      schema: {
        tags: ['imports'],
        summary:
          'Import projects from .xlsx (multipart field "file"); ?dryRun=true lists every problem without writing',
        querystring: z.strictObject({ dryRun: z.enum(['true', 'false']).default('false') }),
        response: { 200: ImportReport },
      },
    },
    async (req) => {
      const part = await req.file({ limits: { fileSize: LIMITS.fileBytes, files: 1 } });
      if (!part) throw new AppError('BAD_REQUEST', 'Send the workbook as multipart field "file"');
      const bytes = await part.toBuffer();
      if (part.file.truncated)
        throw new AppError('FILE_TOO_LARGE', 'The workbook is too large', { maxBytes: LIMITS.fileBytes });
      return importProjects(db, ctxOf(req), bytes, {
        dryRun: req.query.dryRun === 'true',
        fileName: part.filename,
      });
    },
  );
}
