import { z } from 'zod';
import { ctxOf, type App } from '../http/types';
import { ProjectCreate } from '../projects/schemas';
import { getProject } from '../projects/service';
import { registerAtlasFileRoutes } from './files-routes';
import { createChain, createNode, deleteNode, putFirm, removeFirm, updateChain, updateNode } from './nodes';
import { projectNodesOf, putPosition, putProjectNodes } from './positions';
import { getChain, listChains, listSystems, roadshow } from './read';
import {
  ChainCreate,
  ChainDetail,
  ChainListQuery,
  ChainParams,
  ChainPatch,
  ChainSummary,
  FirmParams,
  FirmPut,
  NodeCreate,
  NodeDelete,
  NodeParams,
  NodePatch,
  PositionParams,
  PositionPut,
  ProjectNodesPut,
  ProjectNodesView,
  RoadshowQuery,
  RoadshowView,
  SystemCreate,
  SystemParams,
  SystemView,
  TargetCreate,
  TargetParams,
  TargetPatch,
  TargetView,
} from './schemas';
import { createSystem, publishSystem } from './systems';
import { createTarget, startLead, updateTarget } from './targets';

const tags = ['atlas'];
const read = { policy: 'atlas.read' } as const;
const write = { policy: 'atlas.write' } as const;
const county = { policy: 'atlas.county' } as const;

/** The industry atlas: systems, chains, nodes, firms, targets, positioning, project tags. */
export function registerAtlasRoutes(app: App) {
  const { db } = app.deps;

  app.get(
    '/api/atlas/systems',
    {
      config: read,
      schema: {
        tags,
        summary: 'Industry systems (versions) with their groups',
        response: { 200: z.object({ items: z.array(SystemView) }) },
      },
    },
    async () => listSystems(db),
  );

  app.post(
    '/api/atlas/systems',
    {
      config: write,
      schema: {
        tags,
        summary: 'Draft a new version of the industry system, optionally copying an earlier one’s chains',
        body: SystemCreate,
        response: { 201: z.object({ items: z.array(SystemView) }) },
      },
    },
    async (req, reply) => {
      await createSystem(db, ctxOf(req), req.body);
      return reply.status(201).send(await listSystems(db));
    },
  );

  app.post(
    '/api/atlas/systems/:id/publish',
    {
      config: write,
      schema: {
        tags,
        summary: 'Publish a draft system; the one in force before is retired (kept, read-only)',
        params: SystemParams,
        response: { 200: z.object({ items: z.array(SystemView) }) },
      },
    },
    async (req) => {
      await publishSystem(db, ctxOf(req), req.params.id);
      return listSystems(db);
    },
  );

  app.get(
    '/api/chains',
    {
      config: read,
      schema: {
        tags,
        summary: 'Chains with node states, gaps, coverage and county positions',
        querystring: ChainListQuery,
        response: { 200: z.object({ items: z.array(ChainSummary) }) },
      },
    },
    async (req) => listChains(db, ctxOf(req), req.query),
  );

  app.get(
    '/api/chains/:id',
    {
      config: read,
      schema: {
        tags,
        summary:
          'A chain: nodes with state (and why), local firms, gap kind and reason, targets, covering projects',
        params: ChainParams,
        response: { 200: ChainDetail },
      },
    },
    async (req) => getChain(db, ctxOf(req), req.params.id),
  );

  app.post(
    '/api/chains',
    {
      config: write,
      schema: { tags, summary: 'Add a chain to a system', body: ChainCreate, response: { 201: ChainDetail } },
    },
    async (req, reply) => {
      const ctx = ctxOf(req);
      return reply.status(201).send(await getChain(db, ctx, await createChain(db, ctx, req.body)));
    },
  );

  app.patch(
    '/api/chains/:id',
    {
      config: write,
      schema: {
        tags,
        summary: 'Edit a chain (name, group, chief)',
        params: ChainParams,
        body: ChainPatch,
        response: { 200: ChainDetail },
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      await updateChain(db, ctx, req.params.id, req.body);
      return getChain(db, ctx, req.params.id);
    },
  );

  app.post(
    '/api/chains/:id/nodes',
    {
      config: write,
      schema: {
        tags,
        summary: 'Add a node',
        params: ChainParams,
        body: NodeCreate,
        response: { 201: ChainDetail },
      },
    },
    async (req, reply) => {
      const ctx = ctxOf(req);
      await createNode(db, ctx, req.params.id, req.body);
      return reply.status(201).send(await getChain(db, ctx, req.params.id));
    },
  );

  app.patch(
    '/api/chains/:id/nodes/:nodeId',
    {
      config: write,
      schema: {
        tags,
        summary:
          'Edit or move a node, or override its state with a reason (a move under its own descendant is refused)',
        params: NodeParams,
        body: NodePatch,
        response: { 200: ChainDetail },
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      await updateNode(db, ctx, req.params.id, req.params.nodeId, req.body);
      return getChain(db, ctx, req.params.id);
    },
  );

  app.post(
    '/api/chains/:id/nodes/:nodeId/delete',
    {
      config: write,
      schema: {
        tags,
        summary: 'Delete a node: refused with child nodes; tagged projects must be reassigned with a reason',
        params: NodeParams,
        body: NodeDelete,
        response: { 200: ChainDetail },
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      await deleteNode(db, ctx, req.params.id, req.params.nodeId, req.body);
      return getChain(db, ctx, req.params.id);
    },
  );

  app.put(
    '/api/chains/:id/nodes/:nodeId/firms/:investorId',
    {
      config: write,
      schema: {
        tags,
        summary: 'Put a local enterprise on a node (scale, 链主, output)',
        params: FirmParams,
        body: FirmPut,
        response: { 200: ChainDetail },
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      await putFirm(db, ctx, req.params.id, req.params.nodeId, req.params.investorId, req.body);
      return getChain(db, ctx, req.params.id);
    },
  );

  app.delete(
    '/api/chains/:id/nodes/:nodeId/firms/:investorId',
    {
      config: write,
      schema: {
        tags,
        summary: 'Take an enterprise off a node',
        params: FirmParams,
        response: { 200: ChainDetail },
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      await removeFirm(db, ctx, req.params.id, req.params.nodeId, req.params.investorId);
      return getChain(db, ctx, req.params.id);
    },
  );

  app.post(
    '/api/chains/:id/nodes/:nodeId/targets',
    {
      config: county,
      schema: {
        tags,
        summary: 'Add a target enterprise to a node (a county: for itself)',
        params: NodeParams,
        body: TargetCreate,
        response: { 201: TargetView },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await createTarget(db, ctxOf(req), req.params.id, req.params.nodeId, req.body)),
  );

  app.patch(
    '/api/atlas/targets/:id',
    {
      config: county,
      schema: {
        tags,
        summary:
          'Move a target on (not contacted → contacted → visited → negotiating → signed / declined) or edit it',
        params: TargetParams,
        body: TargetPatch,
        response: { 200: TargetView },
      },
    },
    async (req) => updateTarget(db, ctxOf(req), req.params.id, req.body),
  );

  app.post(
    '/api/atlas/targets/:id/lead',
    {
      config: { policy: 'projects.write' },
      schema: {
        tags,
        summary: 'Start a lead from a target: a pipeline project tagged to the node and linked to the target',
        params: TargetParams,
        body: ProjectCreate,
        response: { 201: z.object({ projectId: z.uuid() }) },
      },
    },
    async (req, reply) => {
      const ctx = ctxOf(req);
      const { id } = await startLead(db, ctx, req.params.id, req.body);
      await getProject(db, ctx, id);
      return reply.status(201).send({ projectId: id });
    },
  );

  app.put(
    '/api/atlas/positions/:regionId/:chainId',
    {
      config: county,
      schema: {
        tags,
        summary: 'A county positions a chain as leading, emerging or characteristic (主新特), or clears it',
        params: PositionParams,
        body: PositionPut,
        response: { 200: ChainDetail },
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      await putPosition(db, ctx, req.params.regionId, req.params.chainId, req.body);
      return getChain(db, ctx, req.params.chainId);
    },
  );

  app.get(
    '/api/projects/:id/chain-nodes',
    {
      config: read,
      schema: {
        tags,
        summary: 'The chain nodes a project is tagged to, by system',
        params: ChainParams,
        response: { 200: ProjectNodesView },
      },
    },
    async (req) => projectNodesOf(db, ctxOf(req), req.params.id),
  );

  app.put(
    '/api/projects/:id/chain-nodes',
    {
      config: { policy: 'projects.write' },
      schema: {
        tags,
        summary: 'Tag a project to nodes of one system (earlier systems’ tags are kept)',
        params: ChainParams,
        body: ProjectNodesPut,
        response: { 200: ProjectNodesView },
      },
    },
    async (req) => putProjectNodes(db, ctxOf(req), req.params.id, req.body.nodeIds),
  );

  app.get(
    '/api/atlas/roadshow',
    {
      config: read,
      schema: {
        tags,
        summary: 'Targets of open gaps by where they are, for roadshows',
        querystring: RoadshowQuery,
        response: { 200: RoadshowView },
      },
    },
    async (req) => roadshow(db, ctxOf(req), req.query),
  );

  registerAtlasFileRoutes(app);
}
