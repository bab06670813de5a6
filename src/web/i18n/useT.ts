import { useContext } from 'react';
import { type I18nValue, I18nContext } from './context';
import type { Translate } from './translate';

export function useI18n(): I18nValue {
  return useContext(I18nContext);
}

export function useT(): Translate {
  return useContext(I18nContext).t;
}
