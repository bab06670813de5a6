import { App, DatePicker, Form, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { LIMITS } from '../../../domain/limits';
import { useT } from '../../i18n/useT';
import { applyFieldErrors, errorMessage } from '../../lib/errors';
import { DATE_FORMAT, formatDate } from '../../lib/format';
import { useIsMobile } from '../../lib/useIsMobile';
import { usePlanMilestone } from './queries';
import type { MilestoneView } from './types';

type Values = { plannedOn: Dayjs; reason: string };
type Props = {
  projectId: string;
  version: number;
  signedOn: string | null;
  milestone: MilestoneView | null;
  onClose: () => void;
};

/** 调整计划: a new planned date for a milestone not yet reached, with the reason (required). */
export function PlanDialog({ projectId, version, signedOn, milestone, onClose }: Props) {
  const t = useT();
  const mobile = useIsMobile();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const plan = usePlanMilestone(projectId, version);

  useEffect(() => {
    if (!milestone) return;
    form.resetFields();
    if (milestone.plannedOn) form.setFieldsValue({ plannedOn: dayjs(milestone.plannedOn) });
  }, [milestone, form]);

  if (!milestone) return null;
  const stage = t.label('stage', milestone.milestone);
  const submit = (v: Values) => {
    const plannedOn = v.plannedOn.format(DATE_FORMAT);
    plan.mutate(
      { milestone: milestone.milestone, plannedOn, reason: v.reason.trim() },
      {
        onSuccess: () => {
          void message.success(t('milestone.planSaved', { stage, date: plannedOn }));
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
      open
      title={t('milestone.planTitle', { stage })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': 'plan-submit' } as Record<string, string>}
      confirmLoading={plan.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      <p className="tj-muted" style={{ marginTop: 0 }}>
        {t('milestone.current', {
          contract: formatDate(milestone.contractOn) || '—',
          plan: formatDate(milestone.plannedOn) || '—',
        })}
      </p>
      <Form<Values> form={form} layout="vertical" onFinish={submit} data-testid="plan-form">
        <Form.Item
          name="plannedOn"
          label={t('milestone.plannedOn')}
          rules={[
            { required: true, message: t('common.selectRequired', { field: t('milestone.plannedOn') }) },
          ]}
        >
          <DatePicker
            style={{ width: '100%' }}
            inputReadOnly={mobile}
            data-testid="plan-date"
            disabledDate={(d) => signedOn !== null && d.isBefore(dayjs(signedOn), 'day')}
          />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('milestone.reason')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('common.required', { field: t('milestone.reason') }),
            },
          ]}
        >
          <Input.TextArea
            rows={3}
            maxLength={LIMITS.note}
            showCount
            placeholder={t('milestone.reasonPlaceholder')}
            data-testid="plan-reason"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
