import { eq } from 'drizzle-orm';
import { appendAudit } from '../audit/trail';
import type { Ctx } from '../auth/principal';
import type { Db, Executor } from '../db/client';
import { appSettings } from '../db/schema/signing';
import { AppError } from '../http/errors';
import { SETTING_KEYS, SETTINGS, type SettingKey, type SettingValue } from './registry';

/** A setting's stored value, or its default; a stored value that no longer parses falls back to the default. */
export async function getSetting<K extends SettingKey>(db: Executor, key: K): Promise<SettingValue<K>> {
  const [row] = await db.select().from(appSettings).where(eq(appSettings.key, key));
  const def = SETTINGS[key];
  if (!row) return def.default as SettingValue<K>;
  const parsed = def.schema.safeParse(row.value);
  return (parsed.success ? parsed.data : def.default) as SettingValue<K>;
}

export async function allSettings(db: Executor) {
  return Promise.all(
    SETTING_KEYS.map(async (key) => ({
      key,
      value: await getSetting(db, key),
      default: SETTINGS[key].default,
    })),
  );
}

export async function putSetting(db: Db, ctx: Ctx, key: string, value: unknown) {
  if (!(SETTING_KEYS as string[]).includes(key)) {
    throw new AppError('NOT_FOUND', `No setting "${key}"`, { known: SETTING_KEYS });
  }
  const k = key as SettingKey;
  const parsed = SETTINGS[k].schema.safeParse(value);
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => ({
      path: ['body', 'value', ...i.path.map(String)].join('.'),
      message: i.message,
      code: i.code,
    }));
    throw new AppError(
      'VALIDATION_FAILED',
      details.map((d) => `${d.path}: ${d.message}`).join('; '),
      undefined,
      details,
    );
  }
  const before = await getSetting(db, k);
  await db.transaction(async (tx) => {
    await tx
      .insert(appSettings)
      .values({ key, value: parsed.data, updatedBy: ctx.principal.id, updatedAt: ctx.now })
      .onConflictDoUpdate({
        target: appSettings.key,
        set: { value: parsed.data, updatedBy: ctx.principal.id, updatedAt: ctx.now },
      });
    await appendAudit(
      tx,
      ctx.actor,
      {
        action: 'setting.update',
        entityType: 'setting',
        entityId: key,
        diff: { before, after: parsed.data },
      },
      ctx.now,
    );
  });
  return { key: k, value: parsed.data, default: SETTINGS[k].default };
}
