import type { FormInstance } from 'antd';
import { LIMITS } from '../../domain/limits';
import type { Translate } from '../i18n/translate';
import { ApiError } from './api';
import { formatBytes, formatDateTime } from './format';

/** The user-facing text of any error, translated by its stable code. */
export function errorMessage(t: Translate, error: unknown): string {
  if (!(error instanceof ApiError)) {
    return t('error.UNKNOWN', { code: error instanceof Error ? error.message : String(error) });
  }
  const p = error.params;
  const params: Record<string, string> = { code: error.code };
  for (const [key, value] of Object.entries(p)) {
    if (typeof value === 'string' || typeof value === 'number') params[key] = String(value);
  }
  switch (error.code) {
    case 'ACCOUNT_LOCKED':
      params.lockedUntil = formatDateTime(typeof p.lockedUntil === 'string' ? p.lockedUntil : null) || '—';
      break;
    case 'PASSWORD_POLICY': {
      const problems = Array.isArray(p.problems) ? p.problems.map(String) : [];
      params.problems = problems
        .map((problem) => t.dynamic(`password.problem.${problem}`, problem, LIMITS.password))
        .join('；');
      break;
    }
    case 'REQUIREMENT_MISSING':
      params.requirement = t.label('requirement', typeof p.requirement === 'string' ? p.requirement : '');
      break;
    case 'FILE_TOO_LARGE':
      params.max = formatBytes(LIMITS.fileBytes);
      break;
  }
  const fallback = error.message ? `${error.message} (${error.code})` : t('error.UNKNOWN', params);
  return t.dynamic(`error.${error.code}`, fallback, params);
}

export type FieldMap = Record<string, (string | number)[]>;

/**
 * Puts the API's field errors (`details[].path` like "body.signing.contractedInvestment") on the
 * matching form fields. `map` renames API paths to form names (money fields are typed in 万元).
 * Returns true when at least one field received an error.
 */
export function applyFieldErrors(
  t: Translate,
  form: FormInstance,
  error: unknown,
  map: FieldMap = {},
): boolean {
  if (!(error instanceof ApiError) || error.details.length === 0) return false;
  const known = new Set(Object.keys(form.getFieldsValue(true) as Record<string, unknown>));
  const fields: { name: (string | number)[]; errors: string[] }[] = [];
  for (const detail of error.details) {
    // The server prefixes paths with where the value was: "body.name", "query.minInvestment".
    const path = detail.path.replace(/^(body|query|params)\./, '');
    const name = map[path] ?? path.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    const head = name[0];
    if (head === undefined || !known.has(String(head))) continue;
    fields.push({ name, errors: [t.dynamic(`fieldError.${detail.code}`, detail.message)] });
  }
  form.setFields(fields);
  return fields.length > 0;
}
