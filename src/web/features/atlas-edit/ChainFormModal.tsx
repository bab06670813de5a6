import { Form, Input, Modal, Select } from 'antd';
import { useEffect } from 'react';
import { LIMITS } from '../../../domain/limits';
import { useT } from '../../i18n/useT';
import { usePeople } from '../delivery/queries';
import { chainApi, useChainWrite, useSystems } from './queries';
import type { ChainDetail, ChainInput } from './types';
import { useAtlasErrors } from './useAtlasErrors';

type Values = {
  groupId?: string | null;
  name: string;
  description?: string;
  chiefUserId?: string | null;
  chiefTitle?: string;
};

type Props = {
  systemId: string;
  /** The chain edited; none adds one to the system. */
  chain?: ChainDetail;
  open: boolean;
  onClose: () => void;
  onSaved?: (chain: ChainDetail) => void;
  onReload: () => void;
};

/** Adds or edits a chain: its group in the system, and its chief (链长, a leader account) with title. */
export function ChainFormModal({ systemId, chain, open, onClose, onSaved, onReload }: Props) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const systems = useSystems();
  const people = usePeople(open);
  const handleError = useAtlasErrors(onReload);
  const save = useChainWrite((v: Values) => {
    const input: ChainInput = {
      groupId: v.groupId ?? null,
      name: v.name.trim(),
      description: v.description?.trim() || null,
      chiefUserId: v.chiefUserId ?? null,
      chiefTitle: v.chiefTitle?.trim() || null,
    };
    return chain
      ? chainApi.update(chain.id, { ...input, version: chain.version })
      : chainApi.create({ ...input, systemId });
  });
  const system = systems.data?.find((s) => s.id === systemId);
  const leaders = (people.data ?? [])
    .filter((p) => p.role === 'leader')
    .map((p) => ({ value: p.id, label: p.displayName }));

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(
      chain
        ? {
            groupId: chain.groupId,
            name: chain.name,
            description: chain.description ?? '',
            chiefUserId: chain.chiefUserId,
            chiefTitle: chain.chiefTitle ?? '',
          }
        : { groupId: null, name: '', chiefUserId: null },
    );
  }, [open, form]);

  return (
    <Modal
      title={
        chain
          ? t('ae.chain.editTitle', { name: chain.name })
          : t('ae.chain.addTitle', { system: system?.name ?? systemId })
      }
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ ...({ 'data-testid': 'ae-chain-submit' } as object) }}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        data-testid="ae-chain-form"
        onFinish={(v) =>
          save.mutate(v, {
            onSuccess: (saved) => {
              onClose();
              onSaved?.(saved);
            },
            onError: (error) => handleError(error, form),
          })
        }
      >
        <Form.Item name="groupId" label={t('ae.chain.group')}>
          <Select
            allowClear
            options={(system?.groups ?? []).map((g) => ({ value: g.id, label: g.name }))}
            data-testid="ae-chain-group"
          />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('ae.chain.name')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('common.required', { field: t('ae.chain.name') }),
            },
          ]}
        >
          <Input maxLength={LIMITS.name} data-testid="ae-chain-name" />
        </Form.Item>
        <Form.Item name="description" label={t('ae.chain.description')}>
          <Input.TextArea rows={3} maxLength={LIMITS.note} />
        </Form.Item>
        <Form.Item name="chiefUserId" label={t('ae.chain.chief')} extra={t('ae.chain.chiefHint')}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            options={leaders}
            loading={people.isPending}
            data-testid="ae-chain-chief"
          />
        </Form.Item>
        <Form.Item name="chiefTitle" label={t('ae.chain.chiefTitle')}>
          <Input maxLength={60} placeholder={t('ae.chain.chiefTitlePlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
