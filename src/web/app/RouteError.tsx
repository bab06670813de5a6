import { Button, Result } from 'antd';
import { useRouteError } from 'react-router';
import { useT } from '../i18n/useT';

/** Shown when a page fails to render or its code cannot be loaded (e.g. after an upgrade). */
export function RouteError() {
  const t = useT();
  const error = useRouteError();
  return (
    <Result
      status="error"
      title={t('page.error')}
      subTitle={error instanceof Error ? error.message : undefined}
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          {t('common.reload')}
        </Button>
      }
    />
  );
}
