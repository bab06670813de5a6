import { enUS } from './en-US';
import { type MessageKey, zhCN } from './zh-CN';

export const LOCALES = ['zh-CN', 'en-US'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

export type Params = Record<string, string | number>;

const DICTIONARIES: Record<Locale, Record<MessageKey, string>> = { 'zh-CN': zhCN, 'en-US': enUS };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(zhCN, key);
}

function interpolate(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export function translate(locale: Locale, key: MessageKey, params?: Params): string {
  return interpolate(DICTIONARIES[locale][key], params);
}

/** The translator handed to components: `t(key, params)`, plus `t.label(group, value)` for codes. */
export type Translate = ((key: MessageKey, params?: Params) => string) & {
  /** Translates `${group}.${value}` when the dictionary has it, else shows the raw value. */
  label: (group: LabelGroup, value: string | null | undefined) => string;
  /** Translates a key computed at run time, with a fallback. */
  dynamic: (key: string, fallback: string, params?: Params) => string;
};

export type LabelGroup =
  | 'stage'
  | 'role'
  | 'regionKind'
  | 'industryCategory'
  | 'promotionMethod'
  | 'brings'
  | 'landSituation'
  | 'signingType'
  | 'skipReason'
  | 'requirement'
  | 'leadSource'
  | 'originRegion'
  | 'ownership'
  | 'investorKind'
  | 'investorFlag'
  | 'eventKind'
  | 'eventStatus'
  | 'agendaStatus'
  | 'countingRule'
  | 'duplicateReason'
  | 'duplicateFoundAt'
  | 'batchRule'
  | 'audit.action'
  | 'audit.entity';

export function makeTranslate(locale: Locale): Translate {
  const dynamic = (key: string, fallback: string, params?: Params) =>
    isMessageKey(key) ? translate(locale, key, params) : fallback;
  return Object.assign((key: MessageKey, params?: Params) => translate(locale, key, params), {
    label: (group: LabelGroup, value: string | null | undefined) =>
      value ? dynamic(`${group}.${value}`, value) : '',
    dynamic,
  });
}
