import { App, Form, Input, Modal, Radio } from 'antd';
import type { ButtonProps } from 'antd';
import { useEffect } from 'react';
import { LIMITS } from '../../../domain/limits';
import { useT } from '../../i18n/useT';
import { applyFieldErrors, errorMessage } from '../../lib/errors';
import { useDecideDuplicate } from './queries';
import type { Decision, DuplicateCandidate } from './types';

/** Decides a candidate — the same project (merged, counted once) or not a duplicate — with a reason. */
export function DecideModal({
  candidate,
  onClose,
}: {
  candidate: DuplicateCandidate | null;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Decision>();
  const decide = useDecideDuplicate();
  const decision = Form.useWatch('decision', form);

  useEffect(() => {
    if (candidate) form.resetFields();
  }, [candidate, form]);

  const submit = (v: Decision) => {
    if (!candidate) return;
    decide.mutate(
      { id: candidate.id, decision: v.decision, reason: v.reason.trim() },
      {
        onSuccess: () => {
          void message.success(t('duplicate.decided'));
          onClose();
        },
        onError: (error) => {
          applyFieldErrors(t, form, error);
          void message.error(errorMessage(t, error));
        },
      },
    );
  };

  return (
    <Modal
      open={candidate !== null}
      title={t('duplicate.decideTitle')}
      okText={t('duplicate.confirm')}
      cancelText={t('common.cancel')}
      okButtonProps={
        { 'data-testid': 'duplicate-decide-submit', danger: decision === 'same_project' } as ButtonProps
      }
      confirmLoading={decide.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      <Form<Decision> form={form} layout="vertical" onFinish={submit} data-testid="duplicate-form">
        <Form.Item
          name="decision"
          label={t('duplicate.decision')}
          rules={[
            { required: true, message: t('common.selectRequired', { field: t('duplicate.decision') }) },
          ]}
        >
          <Radio.Group data-testid="duplicate-decision" className="tj-decision-options">
            <Radio value="same_project">
              <strong>{t('duplicate.status.same_project')}</strong>
              <div className="tj-muted">
                {candidate &&
                  t('duplicate.sameProjectHint', {
                    later: candidate.project.code,
                    earlier: candidate.other.code,
                  })}
              </div>
            </Radio>
            <Radio value="not_duplicate">
              <strong>{t('duplicate.status.not_duplicate')}</strong>
              <div className="tj-muted">{t('duplicate.notDuplicateHint')}</div>
            </Radio>
          </Radio.Group>
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('duplicate.reason')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('common.required', { field: t('duplicate.reason') }),
            },
          ]}
        >
          <Input.TextArea
            rows={3}
            maxLength={LIMITS.note}
            showCount
            placeholder={t('duplicate.reasonPlaceholder')}
            data-testid="duplicate-reason"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
