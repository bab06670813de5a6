import { Button, Form, Input, Modal, Radio, Space } from 'antd';
import { useEffect } from 'react';
import { NODE_STATES, type NodeState } from '../../../domain/atlas/fields';
import { LIMITS } from '../../../domain/limits';
import { useT } from '../../i18n/useT';
import { chainApi, useChainWrite } from './queries';
import type { ChainDetail, ChainNode, NodePatch } from './types';
import { useAtlasErrors } from './useAtlasErrors';

type Values = { state: NodeState; reason: string };

type Props = {
  chain: ChainDetail;
  node: ChainNode;
  open: boolean;
  onClose: () => void;
  onReload: () => void;
};

/** Sets a node's state by hand with a reason (the rule's state stays visible), or goes back to the rule. */
export function OverrideModal({ chain, node, open, onClose, onReload }: Props) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const handleError = useAtlasErrors(onReload);
  const save = useChainWrite((override: NodePatch['override']) =>
    chainApi.patchNode(chain.id, node.id, { version: node.version, override }),
  );

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(node.override ?? { state: node.computedState, reason: '' });
    // Only when the modal opens.
  }, [open, form]);

  const run = (override: NodePatch['override']) =>
    save.mutate(override, { onSuccess: onClose, onError: (error) => handleError(error, form) });

  return (
    <Modal
      title={t('ae.override.title', { name: node.name })}
      open={open}
      onCancel={onClose}
      destroyOnHidden
      footer={
        <Space wrap style={{ justifyContent: 'flex-end', width: '100%' }}>
          {node.override && (
            <Button onClick={() => run(null)} loading={save.isPending} data-testid="ae-override-clear">
              {t('ae.override.clear')}
            </Button>
          )}
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            type="primary"
            onClick={() => form.submit()}
            loading={save.isPending}
            data-testid="ae-override-submit"
          >
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      <p className="ae-muted">{t('ae.override.computed', { state: t(`ae.state.${node.computedState}`) })}</p>
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(v) => run({ state: v.state, reason: v.reason.trim() })}
        data-testid="ae-override-form"
      >
        <Form.Item name="state" label={t('ae.override.state')} rules={[{ required: true }]}>
          <Radio.Group optionType="button">
            {NODE_STATES.map((s) => (
              <Radio.Button key={s} value={s}>
                {t(`ae.state.${s}`)}
              </Radio.Button>
            ))}
          </Radio.Group>
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('ae.override.reason')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('common.required', { field: t('ae.override.reason') }),
            },
          ]}
        >
          <Input.TextArea rows={3} maxLength={LIMITS.note} placeholder={t('ae.override.reasonPlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
