import { Form, Input, InputNumber, Modal, Select } from 'antd';
import { useEffect } from 'react';
import { LIMITS } from '../../../domain/limits';
import { useT } from '../../i18n/useT';
import { systemInForce, useCreateSystem, useSystems } from './queries';
import type { AtlasSystem } from './types';
import { useAtlasErrors } from './useAtlasErrors';

type Values = {
  id: string;
  name: string;
  year: number;
  description?: string;
  groups: string[];
  copyFrom?: string | null;
};

type Props = { open: boolean; onClose: () => void; onCreated?: (system: AtlasSystem) => void };

const ID_PATTERN = /^[a-z0-9-]{2,40}$/;

/** Drafts a new version of the industry system, copying the chains of the one in force by default. */
export function SystemModal({ open, onClose, onCreated }: Props) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const systems = useSystems();
  const create = useCreateSystem();
  const handleError = useAtlasErrors(() => void systems.refetch());
  const copyFrom = Form.useWatch('copyFrom', form);

  useEffect(() => {
    if (!open) return;
    const current = systemInForce(systems.data ?? []);
    const year = new Date().getFullYear();
    form.resetFields();
    form.setFieldsValue({
      id: `v${year}`,
      name: '',
      year,
      groups: current?.groups.map((g) => g.name) ?? [],
      copyFrom: current?.chains ? current.id : null,
    });
  }, [open, form]);

  const submit = (v: Values) =>
    create.mutate(
      {
        id: v.id.trim(),
        name: v.name.trim(),
        year: v.year,
        description: v.description?.trim() || null,
        groups: v.groups.map((g) => g.trim()).filter(Boolean),
        copyFrom: v.copyFrom ?? null,
      },
      {
        onSuccess: (data) => {
          onClose();
          const made = data.items.find((s) => s.id === v.id.trim());
          if (made) onCreated?.(made);
        },
        onError: (error) => handleError(error, form),
      },
    );

  return (
    <Modal
      title={t('ae.system.addTitle')}
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('ae.system.create')}
      cancelText={t('common.cancel')}
      okButtonProps={{ ...({ 'data-testid': 'ae-system-submit' } as object) }}
      confirmLoading={create.isPending}
      destroyOnHidden
    >
      <p className="ae-muted">{t('ae.system.intro')}</p>
      <Form<Values> form={form} layout="vertical" onFinish={submit} data-testid="ae-system-form">
        <Form.Item
          name="name"
          label={t('ae.system.name')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('common.required', { field: t('ae.system.name') }),
            },
          ]}
        >
          <Input
            maxLength={LIMITS.name}
            placeholder={t('ae.system.namePlaceholder')}
            data-testid="ae-system-name"
          />
        </Form.Item>
        <div className="ae-row">
          <Form.Item
            name="id"
            label={t('ae.system.id')}
            extra={t('ae.system.idHint')}
            rules={[{ required: true, pattern: ID_PATTERN, message: t('ae.system.idInvalid') }]}
          >
            <Input maxLength={40} data-testid="ae-system-id" />
          </Form.Item>
          <Form.Item name="year" label={t('ae.system.year')} rules={[{ required: true }]}>
            <InputNumber min={2000} max={2100} precision={0} style={{ width: 120 }} />
          </Form.Item>
        </div>
        <Form.Item name="description" label={t('ae.system.description')}>
          <Input.TextArea rows={2} maxLength={LIMITS.note} />
        </Form.Item>
        <Form.Item name="groups" label={t('ae.system.groups')} extra={t('ae.system.groupsHint')}>
          <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={[',', '，', '、']} />
        </Form.Item>
        <Form.Item
          name="copyFrom"
          label={t('ae.system.copyFrom')}
          extra={copyFrom ? t('ae.system.copyHint') : t('ae.system.emptyHint')}
        >
          <Select
            allowClear
            placeholder={t('ae.system.copyNone')}
            options={(systems.data ?? [])
              .filter((s) => s.chains > 0)
              .map((s) => ({ value: s.id, label: `${s.name}（${t(`ae.systemStatus.${s.status}`)}）` }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
