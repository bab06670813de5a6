import { Alert, Button, Dropdown, Space } from 'antd';
import { useState } from 'react';
import { useT } from '../../i18n/useT';
import { PlusIcon } from '../../lib/icons';
import { useCurrentUser } from '../auth/queries';
import { DeleteNodeModal } from './DeleteNodeModal';
import { FirmsDrawer } from './FirmsDrawer';
import { NodeFormDrawer } from './NodeFormDrawer';
import { OverrideModal } from './OverrideModal';
import { canEditAtlas, canKeepTargets, isRetired } from './permissions';
import { useLiveChain, useReloadChain, useSystems } from './queries';
import { TargetModal } from './TargetModal';
import type { ChainDetail, ChainNode } from './types';
import './atlas-edit.css';

type Dialog = 'edit' | 'child' | 'override' | 'firms' | 'target' | 'delete' | null;

type Props = {
  chain: ChainDetail;
  node: Pick<ChainNode, 'id'> & Partial<ChainNode>;
  size?: 'small' | 'middle';
  /** After the node is deleted (a drawer showing it can close). */
  onDeleted?: () => void;
};

/**
 * The node's edit buttons (node drawer footer, structure list): edit or move, add a child, firms,
 * state override, targets, delete — for the city administrator; targets also for a county officer
 * (its own county). A retired system is read-only and says so.
 */
export function NodeEditActions({ chain: given, node: nodeRef, size = 'middle', onDeleted }: Props) {
  const t = useT();
  const me = useCurrentUser();
  const systems = useSystems();
  const chain = useLiveChain(given);
  const reload = useReloadChain(given.id);
  const [dialog, setDialog] = useState<Dialog>(null);
  if (!canKeepTargets(me.role)) return null;
  const node = chain.nodes.find((n) => n.id === nodeRef.id);
  if (!node) return null;
  if (isRetired(systems.data, chain.systemId)) {
    return <Alert type="info" showIcon title={t('ae.retired.note')} data-testid="ae-retired" />;
  }
  const admin = canEditAtlas(me.role);
  const close = () => setDialog(null);

  return (
    <Space wrap size={[6, 6]} data-testid="ae-node-actions" data-node={node.name}>
      {admin && (
        <>
          <Button size={size} onClick={() => setDialog('edit')} data-testid="ae-node-edit">
            {t('ae.node.editMove')}
          </Button>
          <Button size={size} onClick={() => setDialog('firms')} data-testid="ae-node-firms">
            {t('ae.node.firms', { count: node.firms.length })}
          </Button>
        </>
      )}
      <Button size={size} onClick={() => setDialog('target')} data-testid="ae-node-target">
        {t('ae.target.add')}
      </Button>
      {admin && (
        <Dropdown
          trigger={['click']}
          menu={{
            onClick: ({ key }) => setDialog(key as Dialog),
            items: [
              { key: 'child', label: t('ae.node.addChild'), icon: <PlusIcon /> },
              { key: 'override', label: t('ae.node.override') },
              { type: 'divider' },
              { key: 'delete', label: t('common.delete'), danger: true },
            ],
          }}
        >
          <Button size={size} data-testid="ae-node-more">
            {t('ae.node.more')}
          </Button>
        </Dropdown>
      )}
      {admin && (
        <>
          <NodeFormDrawer
            chain={chain}
            node={node}
            open={dialog === 'edit'}
            onClose={close}
            onReload={reload}
          />
          <NodeFormDrawer
            chain={chain}
            parentId={node.id}
            open={dialog === 'child'}
            onClose={close}
            onReload={reload}
          />
          <FirmsDrawer
            chain={chain}
            node={node}
            open={dialog === 'firms'}
            onClose={close}
            onReload={reload}
          />
          <OverrideModal
            chain={chain}
            node={node}
            open={dialog === 'override'}
            onClose={close}
            onReload={reload}
          />
          <DeleteNodeModal
            chain={chain}
            node={node}
            open={dialog === 'delete'}
            onClose={close}
            onDeleted={onDeleted}
            onReload={reload}
          />
        </>
      )}
      <TargetModal chain={chain} node={node} open={dialog === 'target'} onClose={close} onReload={reload} />
    </Space>
  );
}
