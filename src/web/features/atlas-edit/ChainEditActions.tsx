import { Button, Space, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import { useT } from '../../i18n/useT';
import { PlusIcon } from '../../lib/icons';
import { useCurrentUser } from '../auth/queries';
import { ChainFormModal } from './ChainFormModal';
import { NodeFormDrawer } from './NodeFormDrawer';
import { canEditAtlas, isRetired } from './permissions';
import { useLiveChain, useReloadChain, useSystems } from './queries';
import { StructureDrawer } from './StructureDrawer';
import type { ChainDetail } from './types';
import './atlas-edit.css';

type Dialog = 'chain' | 'node' | 'structure' | null;

/**
 * The city administrator's buttons in a chain page's header: edit the chain, add a node, and the
 * structure editor (every node with its buttons). A retired system's chain is read-only.
 */
export function ChainEditActions({ chain: given }: { chain: ChainDetail }) {
  const t = useT();
  const me = useCurrentUser();
  const systems = useSystems();
  const chain = useLiveChain(given);
  const reload = useReloadChain(given.id);
  const [dialog, setDialog] = useState<Dialog>(null);
  if (!canEditAtlas(me.role)) return null;
  if (isRetired(systems.data, chain.systemId)) {
    return (
      <Tooltip title={t('ae.retired.note')}>
        <Tag data-testid="ae-retired">{t('ae.retired.short')}</Tag>
      </Tooltip>
    );
  }
  const close = () => setDialog(null);

  return (
    <Space wrap data-testid="ae-chain-actions">
      <Button onClick={() => setDialog('chain')} data-testid="ae-chain-edit">
        {t('ae.chain.edit')}
      </Button>
      <Button icon={<PlusIcon />} onClick={() => setDialog('node')} data-testid="ae-node-add">
        {t('ae.node.add')}
      </Button>
      <Button type="primary" onClick={() => setDialog('structure')} data-testid="ae-structure">
        {t('ae.structure.open')}
      </Button>
      <ChainFormModal
        systemId={chain.systemId}
        chain={chain}
        open={dialog === 'chain'}
        onClose={close}
        onReload={reload}
      />
      <NodeFormDrawer chain={chain} open={dialog === 'node'} onClose={close} onReload={reload} />
      <StructureDrawer chain={chain} open={dialog === 'structure'} onClose={close} />
    </Space>
  );
}
