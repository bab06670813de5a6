import { Button, Drawer, Empty } from 'antd';
import { useState } from 'react';
import { SEGMENTS } from '../../../domain/atlas/fields';
import { useT } from '../../i18n/useT';
import { PlusIcon } from '../../lib/icons';
import { useIsMobile } from '../../lib/useIsMobile';
import { orderedNodes, StateTag } from './labels';
import { NodeEditActions } from './NodeEditActions';
import { NodeFormDrawer } from './NodeFormDrawer';
import { useLiveChain, useReloadChain } from './queries';
import type { ChainDetail } from './types';

type Props = { chain: ChainDetail; open: boolean; onClose: () => void };

/** Every node of a chain by segment, as a tree, each with its edit buttons: the chain's structure at a glance. */
export function StructureDrawer({ chain: given, open, onClose }: Props) {
  const t = useT();
  const mobile = useIsMobile();
  const chain = useLiveChain(given);
  const reload = useReloadChain(given.id);
  const [adding, setAdding] = useState(false);
  const rows = orderedNodes(chain.nodes);

  return (
    <Drawer
      title={t('ae.structure.title', { chain: chain.name })}
      open={open}
      onClose={onClose}
      placement={mobile ? 'bottom' : 'right'}
      size={mobile ? '92%' : 760}
      extra={
        <Button
          type="primary"
          icon={<PlusIcon />}
          onClick={() => setAdding(true)}
          data-testid="ae-structure-add"
        >
          {t('ae.node.add')}
        </Button>
      }
    >
      <p className="ae-muted">{t('ae.structure.hint')}</p>
      {rows.length === 0 && (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('ae.structure.empty')} />
      )}
      {SEGMENTS.map((segment) => {
        const inSegment = rows.filter((r) => r.node.segment === segment);
        if (!inSegment.length) return null;
        return (
          <section key={segment} className="ae-structure-segment">
            <h3>{t(`ae.segment.${segment}`)}</h3>
            {inSegment.map(({ node, depth }) => (
              <div
                key={node.id}
                className="ae-structure-row"
                style={{ paddingInlineStart: Math.min(depth, 4) * (mobile ? 12 : 20) }}
                data-testid="ae-structure-node"
                data-node={node.name}
              >
                <div className="ae-structure-name">
                  {depth > 0 && <span className="ae-branch">└</span>}
                  <strong>{node.name}</strong>
                  <StateTag node={node} />
                  <span className="ae-muted">
                    {t('ae.structure.counts', { firms: node.firms.length, targets: node.targets.length })}
                  </span>
                </div>
                <NodeEditActions chain={chain} node={node} size="small" />
              </div>
            ))}
          </section>
        );
      })}
      <NodeFormDrawer chain={chain} open={adding} onClose={() => setAdding(false)} onReload={reload} />
    </Drawer>
  );
}
