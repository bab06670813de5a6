import { Alert, Button } from 'antd';
import { useT } from '../../i18n/useT';
import { errorMessage } from '../../lib/errors';
import { AuditIcon } from '../../lib/icons';
import type { useVerifyAudit } from './queries';

/** Calls GET /api/audit/verify and shows whether the hash chain is intact. */
type Verify = ReturnType<typeof useVerifyAudit>;

export function VerifyChainButton({ verify }: { verify: Verify }) {
  const t = useT();
  return (
    <Button
      icon={<AuditIcon />}
      loading={verify.isPending}
      onClick={() => verify.mutate()}
      data-testid="audit-verify"
    >
      {t('audit.verify')}
    </Button>
  );
}

export function VerifyChainResult({ verify }: { verify: Verify }) {
  const t = useT();
  if (verify.error) return <Alert type="error" showIcon title={errorMessage(t, verify.error)} />;
  const r = verify.data;
  if (!r) return null;
  return (
    <Alert
      data-testid="audit-verify-result"
      type={r.ok ? 'success' : 'error'}
      showIcon
      closable={{ onClose: () => verify.reset() }}
      title={
        r.ok
          ? t('audit.verifyOk', { checked: r.checked })
          : t('audit.verifyBroken', { seq: r.firstBrokenSeq ?? '—' })
      }
      description={!r.ok && r.reason ? t('audit.verifyReason', { reason: r.reason }) : undefined}
    />
  );
}
