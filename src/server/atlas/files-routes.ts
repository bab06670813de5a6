import { z } from 'zod';
import { SEGMENTS } from '../../domain/atlas/fields';
import { ctxOf, type App } from '../http/types';
import { sendDocx, sendXlsx } from '../office/send';
import { upload } from '../imports/routes';
import { importNodes } from './node-import';
import { getChain } from './read';
import { ChainParams } from './schemas';
import { chainSheet } from './sheet';
import { nodesWorkbook } from './xlsx';

const tags = ['atlas'];

const Problem = z.object({
  row: z.number().int(),
  column: z.string(),
  value: z.string(),
  reason: z.string(),
});
const NodeImportReport = z.object({
  dryRun: z.boolean(),
  sheetName: z.string(),
  rows: z.number().int(),
  problems: z.array(Problem),
  ignoredColumns: z.array(z.string()),
  /** What the file does: nodes to add, to update, and rows that change nothing. */
  plan: z.object({ create: z.number().int(), update: z.number().int(), unchanged: z.number().int() }),
  created: z.number().int(),
  updated: z.number().int(),
  preview: z.array(
    z.object({
      row: z.number().int(),
      action: z.enum(['create', 'update', 'unchanged']),
      code: z.string().nullable(),
      name: z.string(),
      parent: z.string().nullable(),
      segment: z.enum(SEGMENTS),
      changes: z.array(z.string()),
    }),
  ),
});

/** The atlas on paper and in spreadsheets: the chain sheet (.docx), node export, template and import (.xlsx). */
export function registerAtlasFileRoutes(app: App) {
  const { db } = app.deps;

  app.get(
    '/api/chains/:id/sheet.docx',
    {
      config: { policy: 'atlas.read' },
      schema: {
        tags,
        summary: 'The printable chain sheet (图谱 + 路径 + 目标清单) as .docx in the 公文 layout',
        params: ChainParams,
      },
    },
    async (req, reply) => {
      const { title, bytes } = await chainSheet(db, ctxOf(req), req.params.id);
      return sendDocx(reply, title, bytes);
    },
  );

  app.get(
    '/api/chains/:id/nodes.xlsx',
    {
      config: { policy: 'atlas.read' },
      schema: {
        tags,
        summary: 'A chain’s nodes as .xlsx (path codes, parent, segment, key tech; state and gap read-only)',
        params: ChainParams,
      },
    },
    async (req, reply) => {
      const chain = await getChain(db, ctxOf(req), req.params.id);
      return sendXlsx(reply, `${chain.name}节点`, await nodesWorkbook(chain));
    },
  );

  app.get(
    '/api/atlas/node-template.xlsx',
    {
      config: { policy: 'atlas.write' },
      schema: { tags, summary: 'The node import template (.xlsx, 环节 drop-down, rules sheet)' },
    },
    async (_req, reply) => sendXlsx(reply, '产业链节点导入模板', await nodesWorkbook(null)),
  );

  app.post(
    '/api/chains/:id/nodes/import',
    {
      config: { policy: 'atlas.write' },
      schema: {
        tags,
        summary:
          'Add and update a chain’s nodes from .xlsx (multipart field "file"); ?dryRun=true lists every problem without writing',
        params: ChainParams,
        querystring: z.strictObject({ dryRun: z.enum(['true', 'false']).default('false') }),
        response: { 200: NodeImportReport },
      },
    },
    async (req) => {
      const { bytes, filename } = await upload(req);
      return importNodes(db, ctxOf(req), req.params.id, bytes, {
        dryRun: req.query.dryRun === 'true',
        fileName: filename,
      });
    },
  );
}
