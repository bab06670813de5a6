import { Alert, Checkbox, Empty, Modal, Select, Spin, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { SEGMENTS } from '../../../domain/atlas/fields';
import { useT } from '../../i18n/useT';
import { errorMessage } from '../../lib/errors';
import { orderedNodes } from './labels';
import { useChain, useChainList, usePutProjectNodes } from './queries';
import type { AtlasSystem, ProjectNodeTag } from './types';

const MAX_TAGS = 20;

type Picked = { nodeId: string; label: string };

type Props = {
  projectId: string;
  /** The system in force: the tags set here are of its nodes. */
  system: AtlasSystem;
  current: readonly ProjectNodeTag[];
  open: boolean;
  onClose: () => void;
};

/** Picks the nodes a project serves (chain → nodes, several chains allowed) in the system in force. */
export function ProjectNodesModal({ projectId, system, current, open, onClose }: Props) {
  const t = useT();
  const [picked, setPicked] = useState<Picked[]>([]);
  const [chainId, setChainId] = useState<string>();
  const chains = useChainList(open ? system.id : undefined);
  const chain = useChain(open ? chainId : undefined);
  const save = usePutProjectNodes(projectId);

  useEffect(() => {
    if (!open) return;
    setPicked(current.map((c) => ({ nodeId: c.nodeId, label: `${c.chainName} · ${c.nodeName}` })));
    setChainId(current[0]?.chainId);
    save.reset();
  }, [open]); // the tags as they were when the dialog opened

  const has = (id: string) => picked.some((p) => p.nodeId === id);
  const toggle = (nodeId: string, label: string, on: boolean) =>
    setPicked((list) => (on ? [...list, { nodeId, label }] : list.filter((p) => p.nodeId !== nodeId)));
  const rows = chain.data ? orderedNodes(chain.data.nodes) : [];

  return (
    <Modal
      title={t('ae.tags.editTitle', { system: system.name })}
      open={open}
      onCancel={onClose}
      onOk={() =>
        save.mutate(
          picked.map((p) => p.nodeId),
          { onSuccess: onClose },
        )
      }
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ ...({ 'data-testid': 'ae-tags-submit' } as object) }}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      {save.error && (
        <Alert type="error" showIcon title={errorMessage(t, save.error)} style={{ marginBottom: 12 }} />
      )}
      <div className="ae-picked" data-testid="ae-tags-picked">
        {picked.length === 0 ? (
          <span className="ae-muted">{t('ae.tags.noneChosen')}</span>
        ) : (
          picked.map((p) => (
            <Tag key={p.nodeId} closable onClose={() => toggle(p.nodeId, p.label, false)} color="blue">
              {p.label}
            </Tag>
          ))
        )}
      </div>
      <Select
        value={chainId}
        onChange={setChainId}
        options={(chains.data ?? []).map((c) => ({
          value: c.id,
          label: c.groupName ? `${c.name}（${c.groupName}）` : c.name,
        }))}
        loading={chains.isPending}
        placeholder={t('ae.tags.chooseChain')}
        showSearch={{ optionFilterProp: 'label' }}
        style={{ width: '100%', margin: '12px 0' }}
        data-testid="ae-tags-chain"
      />
      {chainId && chain.isPending && <Spin />}
      {chain.data && rows.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />}
      {chain.data &&
        SEGMENTS.map((segment) => {
          const inSegment = rows.filter((r) => r.node.segment === segment);
          if (!inSegment.length) return null;
          return (
            <div key={segment} className="ae-tags-segment">
              <div className="ae-muted">{t(`ae.segment.${segment}`)}</div>
              {inSegment.map(({ node, depth }) => {
                const label = `${chain.data.name} · ${node.name}`;
                const on = has(node.id);
                return (
                  <div key={node.id} style={{ paddingInlineStart: Math.min(depth, 4) * 16 }}>
                    <Checkbox
                      checked={on}
                      disabled={!on && picked.length >= MAX_TAGS}
                      onChange={(e) => toggle(node.id, label, e.target.checked)}
                      data-testid="ae-tags-node"
                      data-node={node.name}
                    >
                      {node.name}
                    </Checkbox>
                  </div>
                );
              })}
            </div>
          );
        })}
    </Modal>
  );
}
