import { App, Form, Input, Modal } from 'antd';
import { useT } from '../../i18n/useT';
import { isApiError } from '../../lib/api';
import { applyFieldErrors, errorMessage } from '../../lib/errors';
import { awardText } from './AwardTags';
import { useRevokeAward } from './queries';
import type { Award } from './types';

/** 撤销 an award: it stays on record, struck through, with the reason given here (required). */
export function RevokeModal({
  award,
  unitName,
  onClose,
}: {
  award: Award;
  unitName: string;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const revoke = useRevokeAward();
  const submit = async () => {
    const { reason } = await form.validateFields();
    revoke.mutate(
      { id: award.id, reason: reason.trim() },
      {
        onSuccess: () => {
          void message.success(t('ey.revoke.done'));
          onClose();
        },
        onError: (error) => {
          if (applyFieldErrors(t, form, error)) return;
          void message.error(errorMessage(t, error));
          if (isApiError(error, 'AWARD_REVOKED')) onClose();
        },
      },
    );
  };
  return (
    <Modal
      open
      title={t('ey.revoke.title')}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('ey.revoke.ok')}
      okButtonProps={{
        danger: true,
        loading: revoke.isPending,
        ...({ 'data-testid': 'ey-revoke-ok' } as Record<string, string>),
      }}
      cancelText={t('common.cancel')}
      destroyOnHidden
    >
      <p>
        {t('ey.revoke.what', {
          unit: unitName,
          kind: t(`ey.kind.${award.kind}`),
          award: awardText(t, award),
        })}
      </p>
      <p className="tj-muted">{t('ey.revoke.hint')}</p>
      <Form form={form} layout="vertical" initialValues={{ reason: '' }}>
        <Form.Item
          name="reason"
          label={t('ey.revoke.reason')}
          rules={[{ required: true, whitespace: true, message: t('ey.revoke.reasonRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount data-testid="ey-revoke-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
