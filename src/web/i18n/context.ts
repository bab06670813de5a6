import { createContext } from 'react';
import { type Locale, type Translate, DEFAULT_LOCALE, makeTranslate } from './translate';

export type I18nValue = {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: Translate;
};

export const I18nContext = createContext<I18nValue>({
  locale: DEFAULT_LOCALE,
  setLocale: () => undefined,
  t: makeTranslate(DEFAULT_LOCALE),
});
