import { asc, eq } from 'drizzle-orm';
import { shanghaiDate } from '../../domain/time';
import { appendAudit } from '../audit/trail';
import type { Ctx } from '../auth/principal';
import type { Db } from '../db/client';
import { projectNotes, projectVisits } from '../db/schema/pipeline';
import { users } from '../db/schema/users';
import { AppError, notFound } from '../http/errors';
import { projectRepo } from '../projects/repo';
import type { NoteInput, VisitInput } from './schemas';

/** The project in scope, or 404: visits and notes are reached only through a visible project. */
async function visibleProject(db: Db, ctx: Ctx, projectId: string) {
  const repo = projectRepo(db, ctx.scope);
  const row = await repo.findById(projectId);
  if (!row) throw notFound('project');
  return { repo, project: row.project };
}

function assertNotFuture(ctx: Ctx, date: string, path: string) {
  const today = shanghaiDate(ctx.now);
  if (date > today) {
    throw new AppError('DATE_IN_FUTURE', `The date ${date} is after today (${today})`, { date, today }, [
      { path, message: 'in the future', code: 'date_in_future' },
    ]);
  }
}

export async function listVisits(db: Db, ctx: Ctx, projectId: string) {
  const { repo } = await visibleProject(db, ctx, projectId);
  const [rows, files] = await Promise.all([
    db
      .select({ v: projectVisits, author: users.displayName })
      .from(projectVisits)
      .innerJoin(users, eq(users.id, projectVisits.createdBy))
      .where(eq(projectVisits.projectId, projectId))
      .orderBy(asc(projectVisits.visitedOn), asc(projectVisits.createdAt)),
    repo.filesOf(projectId),
  ]);
  const byId = new Map(files.map((f) => [f.id, { id: f.id, name: f.name, mime: f.mime, size: f.size }]));
  return rows.map(({ v, author }) => ({
    id: v.id,
    visitedOn: v.visitedOn,
    visitors: v.visitors,
    peopleMet: v.peopleMet,
    place: v.place,
    outcome: v.outcome,
    nextStep: v.nextStep,
    photos: v.photoFileIds.flatMap((id) => byId.get(id) ?? []),
    author: { id: v.createdBy, displayName: author },
    createdAt: v.createdAt.toISOString(),
  }));
}

export async function addVisit(db: Db, ctx: Ctx, projectId: string, input: VisitInput) {
  const { repo, project } = await visibleProject(db, ctx, projectId);
  assertNotFuture(ctx, input.visitedOn, 'body.visitedOn');
  const photos = input.photoFileIds.length ? await repo.filesOf(projectId, input.photoFileIds) : [];
  if (photos.length !== new Set(input.photoFileIds).size) {
    throw new AppError('EVIDENCE_INVALID', 'A photo is not an upload of this project', undefined, [
      { path: 'body.photoFileIds', message: 'unknown file', code: 'evidence_invalid' },
    ]);
  }
  await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(projectVisits)
      .values({ ...input, projectId, createdBy: ctx.principal.id, createdAt: ctx.now })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await appendAudit(
      tx,
      ctx.actor,
      {
        action: 'visit.create',
        entityType: 'project',
        entityId: projectId,
        regionId: project.regionId,
        diff: { visit: row },
      },
      ctx.now,
    );
  });
  return listVisits(db, ctx, projectId);
}

export async function listNotes(db: Db, ctx: Ctx, projectId: string) {
  await visibleProject(db, ctx, projectId);
  const rows = await db
    .select({ n: projectNotes, author: users.displayName })
    .from(projectNotes)
    .innerJoin(users, eq(users.id, projectNotes.createdBy))
    .where(eq(projectNotes.projectId, projectId))
    .orderBy(asc(projectNotes.notedOn), asc(projectNotes.createdAt));
  return rows.map(({ n, author }) => ({
    id: n.id,
    notedOn: n.notedOn,
    content: n.content,
    author: { id: n.createdBy, displayName: author },
    createdAt: n.createdAt.toISOString(),
  }));
}

export async function addNote(db: Db, ctx: Ctx, projectId: string, input: NoteInput) {
  const { project } = await visibleProject(db, ctx, projectId);
  assertNotFuture(ctx, input.notedOn, 'body.notedOn');
  await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(projectNotes)
      .values({ ...input, projectId, createdBy: ctx.principal.id, createdAt: ctx.now })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await appendAudit(
      tx,
      ctx.actor,
      {
        action: 'note.create',
        entityType: 'project',
        entityId: projectId,
        regionId: project.regionId,
        diff: { note: row },
      },
      ctx.now,
    );
  });
  return listNotes(db, ctx, projectId);
}
