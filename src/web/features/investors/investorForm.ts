import type { FormInstance } from 'antd';
import { creditCodeProblem, normaliseCreditCode } from '../../../domain/investors/credit-code';
import type { InvestorKind, OriginRegion, Ownership } from '../../../domain/investors/fields';
import type { Translate } from '../../i18n/translate';
import { ApiError } from '../../lib/api';
import type { Contact, Investor, InvestorInput } from './types';

export type InvestorFormValues = {
  name: string;
  creditCode?: string;
  kind: InvestorKind;
  originProvince?: string;
  originCountry?: string;
  originRegion?: OriginRegion | null;
  ownership?: Ownership | null;
  flags: ('fortune500' | 'china500' | 'listed')[];
  industry?: string;
  contacts: Contact[];
  notes?: string;
  ownerRegionId?: string | null;
};

const text = (v: string | null | undefined) => (v && v.trim() ? v.trim() : null);

export function toInvestorInput(v: InvestorFormValues): InvestorInput {
  const flags = v.flags ?? [];
  return {
    name: v.name.trim(),
    creditCode: text(v.creditCode),
    kind: v.kind,
    originProvince: text(v.originProvince),
    originCountry: text(v.originCountry),
    originRegion: v.originRegion ?? null,
    ownership: v.ownership ?? null,
    fortune500: flags.includes('fortune500'),
    china500: flags.includes('china500'),
    listed: flags.includes('listed'),
    industry: text(v.industry),
    contacts: (v.contacts ?? [])
      .filter((c) => c && c.name && c.name.trim())
      .map((c) => ({
        name: c.name.trim(),
        title: text(c.title),
        phone: text(c.phone),
        email: text(c.email),
      })),
    notes: text(v.notes),
    ownerRegionId: v.ownerRegionId ?? null,
  };
}

export function toInvestorFormValues(i: Investor): InvestorFormValues {
  return {
    name: i.name,
    creditCode: i.creditCode ?? '',
    kind: i.kind,
    originProvince: i.originProvince ?? '',
    originCountry: i.originCountry ?? '',
    originRegion: i.originRegion,
    ownership: i.ownership,
    flags: (['fortune500', 'china500', 'listed'] as const).filter((f) => i[f]),
    industry: i.industry ?? '',
    contacts: i.contacts.map((c) => ({ ...c })),
    notes: i.notes ?? '',
    ownerRegionId: i.ownerRegionId,
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The fields that differ from the saved record (the owner region is not changed by an edit). */
export function changedInvestorFields(saved: Investor, next: InvestorInput): Partial<InvestorInput> {
  const before = toInvestorInput(toInvestorFormValues(saved));
  const changes: Partial<Record<keyof InvestorInput, unknown>> = {};
  for (const key of Object.keys(next) as (keyof InvestorInput)[]) {
    if (key === 'ownerRegionId') continue;
    if (!same(before[key], next[key])) changes[key] = next[key];
  }
  return changes as Partial<InvestorInput>;
}

/**
 * The text to show on the credit-code field for a refused save: the server's finding (a wrong
 * check character, a code registered already), worded in the user's language. The server checks
 * GB 32100; the same pure check names the character it expected.
 */
export function creditCodeError(t: Translate, error: unknown, typed: string | undefined): string | null {
  if (!(error instanceof ApiError)) return null;
  const detail = error.details.find((d) => d.path === 'body.creditCode');
  if (!detail) return null;
  if (detail.code === 'already_exists') {
    const name = typeof error.params.name === 'string' ? error.params.name : '';
    return t('investor.creditCodeTaken', { name });
  }
  const problem = creditCodeProblem(normaliseCreditCode(typed ?? ''));
  if (!problem) return detail.message;
  switch (problem.code) {
    case 'length':
      return t('investor.creditCodeLength', { length: problem.length });
    case 'character':
      return t('investor.creditCodeCharacter', { position: problem.position, character: problem.character });
    case 'check':
      return t('investor.creditCodeCheck', { expected: problem.expected, actual: problem.actual });
  }
}

/** Puts the credit-code finding on the field; true when there was one. */
export function applyCreditCodeError(t: Translate, form: FormInstance, error: unknown): boolean {
  const typed = form.getFieldValue('creditCode') as string | undefined;
  const text = creditCodeError(t, error, typed);
  if (!text) return false;
  form.setFields([{ name: 'creditCode', errors: [text] }]);
  return true;
}
