import { App, Form, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useT } from '../../i18n/useT';
import { applyFieldErrors, errorMessage } from '../../lib/errors';
import { DATE_FORMAT } from '../../lib/format';
import { ActionFields } from './ActionFields';
import { useItemAction } from './queries';
import type { ActionType, EventInput, ItemDetail } from './types';
import { unitFromValue } from './UnitPicker';

type Values = {
  note?: string;
  reason?: string;
  days?: number;
  step?: number;
  satisfaction?: number;
  unit?: string;
  steps?: { title: string; due: Dayjs }[];
};

const trim = (v: string | undefined) => (v ?? '').trim();

/** The body the API takes for an action, from the form's values. */
export function toEvent(type: ActionType, v: Values): EventInput | null {
  switch (type) {
    case 'acknowledged':
    case 'closed':
      return { type };
    case 'returned':
    case 'extension_refused':
      return { type, reason: trim(v.reason) };
    case 'deployed':
      return { type, note: trim(v.note) || null };
    case 'reported':
    case 'resolved':
      return { type, note: trim(v.note) };
    case 'extension_requested':
      return { type, days: v.days ?? 0, reason: trim(v.reason) };
    case 'extension_approved':
      return { type, days: v.days ?? 0 };
    case 'plan_filed':
      return {
        type,
        steps: (v.steps ?? []).map((s) => ({ title: s.title.trim(), due: s.due.format(DATE_FORMAT) })),
      };
    case 'step_done':
      return v.step === undefined ? null : { type, step: v.step };
    case 'verified':
      return { type, satisfaction: v.satisfaction ?? 0, note: trim(v.note) || null };
    case 'assigned': {
      const unit = unitFromValue(v.unit);
      return unit ? { type, unit } : null;
    }
  }
}

type Props = { item: ItemDetail; type: ActionType | null; onClose: () => void };

/** One action of the flow in a small form; the server judges it and its refusal is shown. */
export function ActionModal({ item, type, onClose }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const act = useItemAction(item.id);

  useEffect(() => {
    if (!type) return;
    form.resetFields();
    if (type === 'extension_approved' && item.pendingExtension) {
      form.setFieldsValue({ days: item.pendingExtension.days });
    }
  }, [type, form, item.pendingExtension]);

  const submit = (v: Values) => {
    const body = type ? toEvent(type, v) : null;
    if (!type || !body) return;
    act.mutate(body, {
      onSuccess: () => {
        void message.success(t('sv.action.done', { action: t(`sv.action.${type}`) }));
        onClose();
      },
      onError: (error) => {
        applyFieldErrors(t, form, error);
        void message.error(errorMessage(t, error));
      },
    });
  };

  return (
    <Modal
      open={type !== null}
      title={type ? t(`sv.action.${type}`) : ''}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={act.isPending}
      okButtonProps={{ 'data-testid': 'sv-action-submit' }}
      forceRender
      width={type === 'plan_filed' ? 640 : 520}
    >
      {type === 'returned' && <p className="tj-muted">{t('sv.action.returnHint')}</p>}
      <Form<Values> form={form} layout="vertical" onFinish={submit} data-testid="sv-action-form">
        {type && <ActionFields type={type} item={item} />}
      </Form>
    </Modal>
  );
}
