import { Table, type TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { SEGMENTS } from '../../../domain/atlas/fields';
import { chainOrder } from '../../../domain/atlas/tree';
import { useT } from '../../i18n/useT';
import { GapTag, StateTag } from './AtlasTags';
import type { ChainNode } from './types';

type Props = { nodes: ChainNode[]; mobile: boolean; onSelect: (nodeId: string) => void };

function depthOf(node: ChainNode, byId: Map<string, ChainNode>): number {
  let depth = 0;
  let cur = node.parentId ? byId.get(node.parentId) : undefined;
  while (cur && depth < 20) {
    depth++;
    cur = cur.parentId ? byId.get(cur.parentId) : undefined;
  }
  return depth;
}

/** The chain as a table, node by node in chain order, grouped by segment (the phone's default). */
export function NodeTable({ nodes, mobile, onSelect }: Props) {
  const t = useT();
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const ordered = chainOrder(nodes);
  const counts = (n: ChainNode) =>
    `${t('atlas.col.firms')} ${n.firms.length} · ${t('atlas.col.targets')} ${n.targets.length} · ${t('atlas.col.projects')} ${n.projects.length}`;
  const columns: TableColumnsType<ChainNode> = [
    {
      title: t('atlas.col.node'),
      key: 'name',
      render: (_, n) => (
        <div style={{ paddingInlineStart: depthOf(n, byId) * 16 }}>
          <div className="tj-atlas-node-name">{n.name}</div>
          {mobile && <div className="tj-muted tj-atlas-node-sub">{counts(n)}</div>}
        </div>
      ),
    },
    {
      title: t('atlas.col.state'),
      key: 'state',
      width: mobile ? 56 : 90,
      render: (_, n) => <StateTag state={n.state} />,
    },
    {
      title: t('atlas.col.gap'),
      key: 'gap',
      width: mobile ? 64 : 110,
      render: (_, n) => <GapTag kind={n.gap?.kind} />,
    },
  ];
  if (!mobile) {
    columns.push(
      { title: t('atlas.col.firms'), key: 'firms', align: 'right', render: (_, n) => n.firms.length },
      { title: t('atlas.col.targets'), key: 'targets', align: 'right', render: (_, n) => n.targets.length },
      {
        title: t('atlas.col.projects'),
        key: 'projects',
        render: (_, n) =>
          n.closedBy ? (
            <span className="tj-atlas-closed">{n.closedBy.name}</span>
          ) : (
            n.projects.length || <span className="tj-muted">0</span>
          ),
      },
    );
  }
  return (
    <div data-testid="atlas-node-table">
      {SEGMENTS.map((s) => {
        const rows = ordered.filter((n) => n.segment === s);
        if (!rows.length) return null;
        return (
          <section key={s} className="tj-atlas-segment" data-segment={s}>
            <h3 className="tj-atlas-segment-title">{t(`atlas.segment.${s}`)}</h3>
            <Table<ChainNode>
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={rows}
              columns={columns}
              rowClassName={() => 'tj-atlas-node-row'}
              onRow={(n) =>
                ({
                  onClick: () => onSelect(n.id),
                  'data-testid': 'atlas-node-row',
                  'data-node': n.name,
                }) as HTMLAttributes<HTMLElement>
              }
            />
          </section>
        );
      })}
    </div>
  );
}
