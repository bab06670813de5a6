import { ChainEditActions } from './ChainEditActions';
import { ChainFileActions } from './ChainFileActions';
import { NodeEditActions } from './NodeEditActions';
import type { ChainDetail, ChainNode } from './types';

/**
 * atlas-edit's insertion points in the chain page (src/web/features/atlas/ChainPage.tsx): its header
 * slot gets the chain's edit buttons, its node drawer's footer the node's. Both render nothing for
 * people who may not edit.
 */
export const chainEditHeader = (chain: ChainDetail) => (
  <>
    <ChainFileActions chain={chain} />
    <ChainEditActions chain={chain} />
  </>
);

export const nodeEditFooter = (chain: ChainDetail, node: Pick<ChainNode, 'id'>) => (
  <NodeEditActions key={node.id} chain={chain} node={node} />
);
