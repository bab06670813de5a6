import { Alert, Form, Input, Modal, Select } from 'antd';
import { useEffect, useState } from 'react';
import { LIMITS } from '../../../domain/limits';
import { useT } from '../../i18n/useT';
import { isApiError } from '../../lib/api';
import { orderedNodes } from './labels';
import { chainApi, useChainWrite } from './queries';
import type { ChainDetail, ChainNode } from './types';
import { childNamesOf, projectIdsOf, useAtlasErrors } from './useAtlasErrors';

/** A test id on a button given by props (antd's button props do not declare data attributes). */
const testId = (id: string) => ({ 'data-testid': id }) as object;

type Values = { reassignTo?: string; reason?: string };

type Refusal = { kind: 'children'; names: string[] } | { kind: 'projects'; count: number } | null;

type Props = {
  chain: ChainDetail;
  node: ChainNode;
  open: boolean;
  onClose: () => void;
  onDeleted?: () => void;
  onReload: () => void;
};

/**
 * Deletes a node. The server refuses while it has child nodes (listed here) and while projects are
 * tagged to it: then they are reassigned to another node of the chain, with a reason, and it retries.
 */
export function DeleteNodeModal({ chain, node, open, onClose, onDeleted, onReload }: Props) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const [refusal, setRefusal] = useState<Refusal>(null);
  const handleError = useAtlasErrors(onReload);
  const remove = useChainWrite((v: Values) =>
    chainApi.deleteNode(chain.id, node.id, {
      reassignTo: v.reassignTo,
      reason: v.reason?.trim() || undefined,
    }),
  );

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    // A node with children is refused before asking the server; it says so again if it changed.
    const children = chain.nodes.filter((n) => n.parentId === node.id).map((n) => n.name);
    setRefusal(children.length ? { kind: 'children', names: children } : null);
  }, [open, form]); // the chain as it was when the dialog opened

  const run = (v: Values) =>
    remove.mutate(v, {
      onSuccess: () => {
        onClose();
        onDeleted?.();
      },
      onError: (error) => {
        if (isApiError(error, 'NODE_HAS_CHILDREN'))
          setRefusal({ kind: 'children', names: childNamesOf(error) });
        else if (isApiError(error, 'NODE_HAS_PROJECTS'))
          setRefusal({ kind: 'projects', count: projectIdsOf(error).length });
        else handleError(error, form);
      },
    });

  const others = orderedNodes(chain.nodes)
    .filter(({ node: n }) => n.id !== node.id)
    .map(({ node: n, depth }) => ({
      value: n.id,
      label: `${'　'.repeat(depth)}${n.name}（${t(`ae.segment.${n.segment}`)}）`,
    }));
  const blocked = refusal?.kind === 'children';

  return (
    <Modal
      title={t('ae.delete.title', { name: node.name })}
      open={open}
      onCancel={onClose}
      destroyOnHidden
      okText={refusal?.kind === 'projects' ? t('ae.delete.reassignAndDelete') : t('common.delete')}
      okButtonProps={{ danger: true, disabled: blocked, ...testId('ae-delete-submit') }}
      confirmLoading={remove.isPending}
      onOk={() => (refusal?.kind === 'projects' ? form.submit() : run({}))}
      cancelText={t('common.cancel')}
    >
      {refusal === null && <p>{t('ae.delete.confirm', { name: node.name })}</p>}
      {refusal?.kind === 'children' && (
        <Alert
          type="warning"
          showIcon
          data-testid="ae-delete-children"
          title={t('ae.delete.hasChildren', { name: node.name })}
          description={
            <ul className="ae-list">
              {refusal.names.map((name) => (
                <li key={name}>{name}</li>
              ))}
            </ul>
          }
        />
      )}
      {refusal?.kind === 'projects' && (
        <>
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            data-testid="ae-delete-projects"
            title={t('ae.delete.hasProjects', { name: node.name, count: refusal.count })}
          />
          <Form<Values> form={form} layout="vertical" onFinish={run} data-testid="ae-reassign-form">
            <Form.Item
              name="reassignTo"
              label={t('ae.delete.reassignTo')}
              rules={[
                { required: true, message: t('common.selectRequired', { field: t('ae.delete.reassignTo') }) },
              ]}
            >
              <Select
                options={others}
                showSearch={{ optionFilterProp: 'label' }}
                data-testid="ae-reassign-node"
              />
            </Form.Item>
            <Form.Item
              name="reason"
              label={t('ae.delete.reason')}
              rules={[
                {
                  required: true,
                  whitespace: true,
                  message: t('common.required', { field: t('ae.delete.reason') }),
                },
              ]}
            >
              <Input.TextArea rows={2} maxLength={LIMITS.note} data-testid="ae-reassign-reason" />
            </Form.Item>
          </Form>
        </>
      )}
    </Modal>
  );
}
