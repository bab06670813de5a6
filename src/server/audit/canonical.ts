import { createHash } from 'node:crypto';

/** JSON with object keys sorted at every level: the same value always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export type ChainedFields = {
  seq: number;
  at: Date;
  actorId: string | null;
  actorUsername: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  regionId: string | null;
  ip: string | null;
  diff: unknown;
};

/** hash = SHA-256(prevHash ‖ canonical JSON of the event). */
export function chainHash(prevHash: string, event: ChainedFields): string {
  const body = canonicalJson({
    seq: event.seq,
    at: event.at.toISOString(),
    actorId: event.actorId,
    actorUsername: event.actorUsername,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    regionId: event.regionId,
    ip: event.ip,
    diff: event.diff,
  });
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}
