import { Alert, Drawer, Form, Input, InputNumber, Radio, Select } from 'antd';
import { useEffect, useState } from 'react';
import { SEGMENTS, type Segment } from '../../../domain/atlas/fields';
import { LIMITS } from '../../../domain/limits';
import { useT } from '../../i18n/useT';
import { isApiError } from '../../lib/api';
import { FormDrawerFooter } from '../../lib/FormDrawerFooter';
import { useIsMobile } from '../../lib/useIsMobile';
import { ParentSelect } from './ParentSelect';
import { chainApi, useChainWrite } from './queries';
import type { ChainDetail, ChainNode, NodeInput, NodePatch } from './types';
import { useAtlasErrors } from './useAtlasErrors';

type Values = {
  parentId: string | null;
  segment: Segment;
  name: string;
  description?: string;
  keyTech: string[];
  sortOrder: number;
};

type Props = {
  chain: ChainDetail;
  /** The node edited (or moved); none adds a node. */
  node?: ChainNode;
  /** The parent a new node starts under. */
  parentId?: string | null;
  open: boolean;
  onClose: () => void;
  onReload: () => void;
};

const nextSortOrder = (chain: ChainDetail, parentId: string | null) =>
  Math.min(
    999,
    chain.nodes.filter((n) => n.parentId === parentId).reduce((max, n) => Math.max(max, n.sortOrder + 1), 0),
  );

/** Adds a node, or edits and moves one (the node itself and its descendants cannot be its parent). */
export function NodeFormDrawer({ chain, node, parentId = null, open, onClose, onReload }: Props) {
  const t = useT();
  const mobile = useIsMobile();
  const [form] = Form.useForm<Values>();
  const [cycle, setCycle] = useState<string | null>(null);
  const handleError = useAtlasErrors(onReload);
  const save = useChainWrite((v: Values) => {
    const input: NodeInput = {
      parentId: v.parentId ?? null,
      segment: v.segment,
      name: v.name.trim(),
      description: v.description?.trim() || null,
      keyTech: v.keyTech.map((k) => k.trim()).filter(Boolean),
      sortOrder: v.sortOrder,
    };
    if (!node) return chainApi.addNode(chain.id, input);
    const patch: NodePatch = { ...input, version: node.version };
    return chainApi.patchNode(chain.id, node.id, patch);
  });

  useEffect(() => {
    if (!open) return;
    setCycle(null);
    form.resetFields();
    const parent = chain.nodes.find((n) => n.id === parentId);
    form.setFieldsValue(
      node
        ? {
            parentId: node.parentId,
            segment: node.segment,
            name: node.name,
            description: node.description ?? '',
            keyTech: node.keyTech,
            sortOrder: node.sortOrder,
          }
        : {
            parentId,
            segment: parent?.segment ?? 'upstream',
            name: '',
            keyTech: [],
            sortOrder: nextSortOrder(chain, parentId),
          },
    );
    // Only when the drawer opens: a refetched chain must not wipe what is being typed.
  }, [open, node?.id, form]);

  const submit = (v: Values) =>
    save.mutate(v, {
      onSuccess: onClose,
      onError: (error) => {
        if (!isApiError(error, 'CHAIN_CYCLE')) {
          setCycle(null);
          handleError(error, form);
          return;
        }
        // The page's copy of the chain was out of date: say which move the server refused.
        const parent = chain.nodes.find((n) => n.id === v.parentId);
        setCycle(t('ae.node.cycle', { node: node?.name ?? v.name, parent: parent?.name ?? '' }));
      },
    });

  return (
    <Drawer
      title={
        node ? t('ae.node.editTitle', { name: node.name }) : t('ae.node.addTitle', { chain: chain.name })
      }
      open={open}
      onClose={onClose}
      placement={mobile ? 'bottom' : 'right'}
      size={mobile ? '92%' : 520}
      destroyOnHidden
      footer={
        <FormDrawerFooter
          onCancel={onClose}
          onSubmit={() => form.submit()}
          loading={save.isPending}
          submitTestId="ae-node-submit"
          size={mobile ? 'large' : 'middle'}
        />
      }
    >
      <Form<Values> form={form} layout="vertical" onFinish={submit} data-testid="ae-node-form">
        {cycle && (
          <Alert
            type="error"
            showIcon
            title={cycle}
            style={{ marginBottom: 16 }}
            data-testid="ae-node-cycle"
          />
        )}
        <Form.Item
          name="parentId"
          label={t('ae.node.parent')}
          extra={node ? t('ae.node.parentMoveHint') : t('ae.node.parentHint')}
        >
          <ParentSelect nodes={chain.nodes} movingId={node?.id} data-testid="ae-node-parent" />
        </Form.Item>
        <Form.Item name="segment" label={t('ae.node.segment')} rules={[{ required: true }]}>
          <Radio.Group optionType="button" data-testid="ae-node-segment">
            {SEGMENTS.map((s) => (
              <Radio.Button key={s} value={s}>
                {t(`ae.segment.${s}`)}
              </Radio.Button>
            ))}
          </Radio.Group>
        </Form.Item>
        <Form.Item
          name="name"
          label={t('ae.node.name')}
          rules={[
            { required: true, whitespace: true, message: t('common.required', { field: t('ae.node.name') }) },
          ]}
        >
          <Input maxLength={LIMITS.name} data-testid="ae-node-name" />
        </Form.Item>
        <Form.Item name="description" label={t('ae.node.description')}>
          <Input.TextArea rows={3} maxLength={LIMITS.note} />
        </Form.Item>
        <Form.Item name="keyTech" label={t('ae.node.keyTech')} extra={t('ae.node.keyTechHint')}>
          <Select
            mode="tags"
            tokenSeparators={[',', '，', '、']}
            maxCount={30}
            open={false}
            suffixIcon={null}
            data-testid="ae-node-keytech"
          />
        </Form.Item>
        <Form.Item name="sortOrder" label={t('ae.node.sortOrder')} extra={t('ae.node.sortOrderHint')}>
          <InputNumber min={0} max={999} precision={0} style={{ width: 120 }} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
