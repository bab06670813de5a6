/** Free-form: snapshots (`before`/`after`), a `changes` map, or other facts of the event. */
export type AuditDiff = Record<string, unknown>;

export type AuditEvent = {
  seq: number;
  at: string;
  actorUsername: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  regionId: string | null;
  ip: string | null;
  diff: AuditDiff | null;
  hash: string;
};

export type AuditPage = { items: AuditEvent[]; total: number; page: number; pageSize: number };

export type AuditFilters = {
  actor: string;
  action: string;
  entityType: string;
  entityId: string;
  from: string;
  to: string;
};

export type AuditVerifyResult = {
  ok: boolean;
  checked: number;
  firstBrokenSeq: number | null;
  reason: string | null;
};

export const AUDIT_ACTIONS = [
  'project.create',
  'project.update',
  'project.transition',
  'project.delete',
  'file.upload',
  'auth.login',
  'auth.login_failed',
  'auth.logout',
  'auth.denied',
  'auth.password_change',
  'user.create',
  'user.update',
];

export const AUDIT_ENTITY_TYPES = ['project', 'file', 'user', 'session'];
