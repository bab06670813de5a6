import { Breadcrumb, Button, Result, Spin } from 'antd';
import { Link, useNavigate } from 'react-router';
import { useT } from '../i18n/useT';
import { isApiError } from './api';
import { errorMessage } from './errors';

type CrumbProps = { listPath: string; listTitle: string; crumb?: string };

/** The breadcrumb of a record page: the list it belongs to, then the record. */
export function DetailCrumb({ listPath, listTitle, crumb }: CrumbProps) {
  return (
    <Breadcrumb
      style={{ marginBottom: 12 }}
      items={[{ title: <Link to={listPath}>{listTitle}</Link> }, { title: crumb ?? '…' }]}
    />
  );
}

/** A record page that is not there yet: the spinner while loading, or why it failed (404 or other) with a way back. */
export function DetailStatus({
  listPath,
  listTitle,
  pending,
  error,
}: CrumbProps & { pending: boolean; error: unknown }) {
  const t = useT();
  const navigate = useNavigate();
  if (pending) return <Spin style={{ display: 'block', margin: '80px auto' }} />;
  return (
    <>
      <DetailCrumb listPath={listPath} listTitle={listTitle} />
      <Result
        status={isApiError(error, 'NOT_FOUND') ? '404' : 'warning'}
        title={errorMessage(t, error)}
        extra={<Button onClick={() => void navigate(listPath)}>{t('common.back')}</Button>}
      />
    </>
  );
}
