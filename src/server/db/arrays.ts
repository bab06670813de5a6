/**
 * A PostgreSQL array literal sent as ONE parameter, for `insert … select from unnest($1::text[], …)`.
 * (Drizzle expands a JS array into a tuple of parameters, which is slow and hits parameter limits.)
 */
export function pgArray(values: readonly (string | number | boolean | null | undefined)[]): string {
  const items = values.map((v) => {
    if (v === null || v === undefined) return 'NULL';
    const s = String(v);
    return `"${s.replace(/["\\]/g, '\\$&')}"`;
  });
  return `{${items.join(',')}}`;
}
