import { useT } from '../i18n/useT';

/** The product mark: 推进 Tuijin. `dark` for the navy sider, otherwise for white surfaces. */
export function Brand({ collapsed = false, dark = true }: { collapsed?: boolean; dark?: boolean }) {
  const t = useT();
  return (
    <div className="tj-brand" style={dark ? undefined : { color: '#0f2747', padding: '0 8px' }}>
      <span className="tj-brand-mark">推</span>
      {!collapsed && (
        <span>
          {t('app.name')} <span className="tj-brand-latin">{t('app.latinName')}</span>
        </span>
      )}
    </div>
  );
}
