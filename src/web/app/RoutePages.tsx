import { Button, Result } from 'antd';
import { Navigate, Outlet, useNavigate } from 'react-router';
import type { Role } from '../../domain/org/roles';
import { homePath } from '../features/auth/permissions';
import { useCurrentUser } from '../features/auth/queries';
import { useT } from '../i18n/useT';

export function HomeRedirect() {
  const me = useCurrentUser();
  return <Navigate to={homePath(me.role)} replace />;
}

function GoHome() {
  const t = useT();
  const navigate = useNavigate();
  const me = useCurrentUser();
  return (
    <Button type="primary" onClick={() => void navigate(homePath(me.role))}>
      {t('page.goHome')}
    </Button>
  );
}

export function NotFoundPage() {
  const t = useT();
  return (
    <Result status="404" title={t('page.notFound')} subTitle={t('page.notFoundDesc')} extra={<GoHome />} />
  );
}

export function ForbiddenPage() {
  const t = useT();
  return (
    <Result status="403" title={t('page.forbidden')} subTitle={t('page.forbiddenDesc')} extra={<GoHome />} />
  );
}

export function RequireRole({ roles }: { roles: readonly Role[] }) {
  const me = useCurrentUser();
  return roles.includes(me.role) ? <Outlet /> : <ForbiddenPage />;
}
