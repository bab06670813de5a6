import { Alert, Button } from 'antd';
import { useT } from '../i18n/useT';
import { errorMessage } from './errors';

type Props = {
  /** A query (or anything with its error and refetch). */
  query: { error: unknown; refetch: () => unknown };
  /** Keeps 16 px below it, above the page's content. */
  spaced?: boolean;
};

/** A failed read: the error in words and 重试, which reads again. Nothing while there is no error. */
export function QueryErrorAlert({ query, spaced = false }: Props) {
  const t = useT();
  if (!query.error) return null;
  return (
    <Alert
      type="error"
      showIcon
      title={errorMessage(t, query.error)}
      style={spaced ? { marginBottom: 16 } : undefined}
      action={<Button onClick={() => void query.refetch()}>{t('common.retry')}</Button>}
    />
  );
}
