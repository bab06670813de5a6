import { Segmented } from 'antd';
import { LOCALES } from './translate';
import { useI18n } from './useT';

/** 中文 / English switch; the choice is remembered in localStorage by the provider. */
export function LanguageSwitch({ size = 'middle' }: { size?: 'small' | 'middle' }) {
  const { locale, setLocale, t } = useI18n();
  return (
    <Segmented
      data-testid="language-switch"
      size={size}
      value={locale}
      aria-label={t('lang.label')}
      options={LOCALES.map((l) => ({ value: l, label: t(`lang.${l}`) }))}
      onChange={(value) => setLocale(value)}
    />
  );
}
