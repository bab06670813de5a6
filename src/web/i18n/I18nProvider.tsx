import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { type ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import { I18nContext } from './context';
import { type Locale, DEFAULT_LOCALE, isLocale, makeTranslate } from './translate';

const STORAGE_KEY = 'tuijin.locale';
const DAYJS_LOCALE: Record<Locale, string> = { 'zh-CN': 'zh-cn', 'en-US': 'en' };

function storedLocale(): Locale {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLocale(value) ? value : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() => {
    const initial = storedLocale();
    dayjs.locale(DAYJS_LOCALE[initial]);
    return initial;
  });

  const setLocale = useCallback((next: Locale) => {
    dayjs.locale(DAYJS_LOCALE[next]);
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
    setLocaleState(next);
  }, []);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = locale === 'zh-CN' ? '推进 Tuijin' : 'Tuijin 推进';
  }, [locale]);

  const value = useMemo(() => ({ locale, setLocale, t: makeTranslate(locale) }), [locale, setLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
