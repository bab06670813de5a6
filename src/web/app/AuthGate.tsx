import { Button, Result } from 'antd';
import { Navigate, Outlet, useLocation } from 'react-router';
import { homePath } from '../features/auth/permissions';
import { useMe } from '../features/auth/queries';
import { useT } from '../i18n/useT';
import { errorMessage } from '../lib/errors';
import { FullPageSpin } from './FullPageSpin';

/** Routes behind a session; a pending password change confines the user to /change-password. */
export function AuthGate() {
  const t = useT();
  const location = useLocation();
  const { data: me, error, isPending, refetch } = useMe();

  if (isPending) return <FullPageSpin />;
  if (error && me === undefined) {
    return (
      <Result
        status="warning"
        title={errorMessage(t, error)}
        extra={<Button onClick={() => void refetch()}>{t('common.retry')}</Button>}
      />
    );
  }
  if (!me) {
    const next = location.pathname + location.search;
    const to = next && next !== '/' ? `/login?next=${encodeURIComponent(next)}` : '/login';
    return <Navigate to={to} replace />;
  }
  if (me.mustChangePassword && location.pathname !== '/change-password') {
    return <Navigate to="/change-password" replace />;
  }
  return <Outlet />;
}

/** The login page: a signed-in user goes straight to where they were heading. */
export function GuestOnly() {
  const location = useLocation();
  const { data: me, isPending } = useMe();
  if (isPending) return <FullPageSpin />;
  if (me) {
    const next = new URLSearchParams(location.search).get('next');
    const safe = next && next.startsWith('/') && !next.startsWith('//') ? next : homePath(me.role);
    return <Navigate to={me.mustChangePassword ? '/change-password' : safe} replace />;
  }
  return <Outlet />;
}
