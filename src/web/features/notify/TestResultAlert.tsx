import { Alert } from 'antd';
import { useT } from '../../i18n/useT';
import { testHintOf } from './testHint';
import type { TestResult } from './types';

type Props = { name: string; result: TestResult; onClose: () => void };

/** What the robot answered to a test message: delivered, or its error with what it likely means. */
export function TestResultAlert({ name, result, onClose }: Props) {
  const t = useT();
  const hint = testHintOf(result.error, result.httpStatus);
  return (
    <Alert
      type={result.ok ? 'success' : 'error'}
      showIcon
      closable={{ onClose, 'aria-label': t('common.close') }}
      data-testid="webhook-test-result"
      data-ok={result.ok ? 'true' : 'false'}
      title={result.ok ? t('nf.test.ok', { name }) : t('nf.test.failed', { name })}
      description={
        result.ok ? undefined : (
          <>
            <div className="tj-nf-error" data-testid="webhook-test-error">
              {result.error}
              {result.httpStatus !== null && !result.error?.startsWith('HTTP') && (
                <span className="tj-muted">（HTTP {result.httpStatus}）</span>
              )}
            </div>
            {hint && <div>{t(hint)}</div>}
          </>
        )
      }
    />
  );
}
