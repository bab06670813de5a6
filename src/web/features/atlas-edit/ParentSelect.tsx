import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { chainOrder, descendantsOf } from '../../../domain/atlas/tree';
import { useT } from '../../i18n/useT';
import type { ChainNode } from './types';

type Props = {
  nodes: readonly ChainNode[];
  /** The node being moved: it and its descendants cannot be its parent. */
  movingId?: string;
  value?: string | null;
  onChange?: (id: string | null) => void;
  'data-testid'?: string;
};

/** The parent of a node: one of the chain's nodes, as a tree; none makes it a root of its segment. */
export function ParentSelect({ nodes, movingId, value, onChange, ...rest }: Props) {
  const t = useT();
  const treeData = useMemo(() => {
    const blocked = new Set(movingId ? [movingId, ...descendantsOf(nodes, movingId)] : []);
    return chainOrder(nodes).map((n) => ({
      id: n.id,
      pId: n.parentId ?? 0,
      value: n.id,
      title: `${n.name}（${t(`ae.segment.${n.segment}`)}）`,
      disabled: blocked.has(n.id),
    }));
  }, [nodes, movingId, t]);
  return (
    <TreeSelect
      data-testid={rest['data-testid']}
      value={value ?? undefined}
      onChange={(id?: string) => onChange?.(id ?? null)}
      treeData={treeData}
      treeDataSimpleMode
      treeDefaultExpandAll
      allowClear
      showSearch={{ treeNodeFilterProp: 'title' }}
      placeholder={t('ae.node.parentNone')}
      style={{ width: '100%' }}
    />
  );
}
