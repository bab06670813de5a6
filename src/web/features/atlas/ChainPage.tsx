import { Card, Segmented, Tag } from 'antd';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { GAP_KINDS } from '../../../domain/atlas/fields';
import { useT } from '../../i18n/useT';
import { DetailCrumb, DetailStatus } from '../../lib/DetailPageFrame';
import { formatMoney } from '../../lib/format';
import { useIsMobile } from '../../lib/useIsMobile';
// atlas-edit insertion point: the city administrator's edit buttons fill the two slots by default.
import { chainEditHeader, nodeEditFooter } from '../atlas-edit/slots';
import { GAP_COLORS } from './AtlasTags';
import { ChainTree } from './ChainTree';
import { LeadDrawer } from './LeadDrawer';
import { NodeDrawer } from './NodeDrawer';
import { NodeTable } from './NodeTable';
import { PositionControl } from './PositionControl';
import { useAtlasSystems, useChain } from './queries';
import { StateBar } from './StateBar';
import { SystemStatusTag } from './SystemSelect';
import type { ChainDetail, ChainNode, Target } from './types';
import './atlas.css';

type View = 'graph' | 'table';

export type ChainPageProps = {
  /** The header slot: chain-level actions other features add (edit chain, add node, export …). */
  headerExtra?: (chain: ChainDetail) => ReactNode;
  /** The node drawer's footer slot: node-level actions (edit, move, override, firms …). */
  nodeExtra?: (chain: ChainDetail, node: ChainNode) => ReactNode;
};

/** /atlas/:chainId: the chain as a tree (or a table on phones), a node opens its drawer. */
export function ChainPage({ headerExtra = chainEditHeader, nodeExtra = nodeEditFooter }: ChainPageProps) {
  const t = useT();
  const mobile = useIsMobile();
  const navigate = useNavigate();
  const { chainId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const query = useChain(chainId);
  const systems = useAtlasSystems();
  const [leading, setLeading] = useState<Target | null>(null);
  const view: View = (params.get('view') as View | null) ?? (mobile ? 'table' : 'graph');
  const setParam = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: key === 'view' });
  };
  if (query.isPending || query.error || !query.data) {
    return (
      <DetailStatus
        listPath="/atlas"
        listTitle={t('atlas.chain.crumb')}
        pending={query.isPending}
        error={query.error}
      />
    );
  }
  const chain = query.data;
  const system = systems.data?.find((s) => s.id === chain.systemId);
  const node = chain.nodes.find((n) => n.id === params.get('node')) ?? null;
  const leadNode = leading ? (chain.nodes.find((n) => n.id === leading.nodeId) ?? null) : null;
  const chief = [chain.chiefTitle, chain.chiefName].filter(Boolean).join(' · ');

  return (
    <div data-testid="atlas-chain-page">
      <DetailCrumb listPath="/atlas" listTitle={t('atlas.chain.crumb')} crumb={chain.name} />
      <div className="tj-page-head">
        <div>
          <h1 className="tj-page-title tj-atlas-chain-title">
            <span data-testid="atlas-chain-name">{chain.name}</span>
            {chain.groupName && <Tag style={{ marginInlineEnd: 0 }}>{chain.groupName}</Tag>}
            {system && system.status !== 'published' && <SystemStatusTag status={system.status} />}
          </h1>
          <div className="tj-page-subtitle tj-atlas-chain-meta">
            <span>
              {t('atlas.card.chief')} {chief || t('atlas.card.none')}
            </span>
            <span>
              {t('atlas.card.leaderFirms')}{' '}
              {chain.leaderFirms.length ? chain.leaderFirms.join('、') : t('atlas.card.none')}
            </span>
            <span>
              {t('atlas.card.signed', { n: chain.signedProjects })} · {formatMoney(t, chain.signedInvestment)}
            </span>
          </div>
        </div>
        <div className="tj-atlas-head-extra" data-testid="atlas-chain-extra">
          {headerExtra?.(chain)}
        </div>
      </div>
      <Card size="small" style={{ marginBottom: 16 }}>
        <div className="tj-atlas-chain-summary">
          <StateBar states={chain.states} />
          <span className="tj-tag-row">
            {GAP_KINDS.map((k) => (
              <Tag key={k} color={(chain.gaps[k] ?? 0) > 0 ? GAP_COLORS[k] : 'default'} variant="outlined">
                {t(`atlas.gap.${k}`)} {chain.gaps[k] ?? 0}
              </Tag>
            ))}
          </span>
          <span className="tj-muted">
            {t('atlas.card.covered', { covered: chain.covered, nodes: chain.nodes.length })}
          </span>
        </div>
        <PositionControl chain={chain} readOnly={system?.status === 'retired'} />
      </Card>
      <Card
        size="small"
        title={
          <Segmented<View>
            data-testid="atlas-view"
            value={view}
            onChange={(v) => setParam('view', v)}
            options={[
              { value: 'graph', label: t('atlas.chain.view.graph') },
              { value: 'table', label: t('atlas.chain.view.table') },
            ]}
          />
        }
        extra={
          !mobile && view === 'graph' ? <span className="tj-muted">{t('atlas.chain.legendSize')}</span> : null
        }
      >
        {view === 'graph' ? (
          <ChainTree chain={chain} mobile={mobile} onSelect={(id) => setParam('node', id)} />
        ) : (
          <NodeTable nodes={chain.nodes} mobile={mobile} onSelect={(id) => setParam('node', id)} />
        )}
        <div className="tj-muted tj-atlas-rule">
          {t('atlas.chain.rule', {
            min: chain.rule.strongAboveScale,
            output: formatMoney(t, chain.rule.strongOutputYuan),
          })}
        </div>
      </Card>
      <NodeDrawer
        chain={chain}
        node={node}
        onClose={() => setParam('node', null)}
        onStartLead={setLeading}
        extra={node ? nodeExtra?.(chain, node) : undefined}
      />
      <LeadDrawer
        chain={chain}
        node={leadNode}
        target={leading}
        onClose={() => setLeading(null)}
        onCreated={(projectId) => {
          setLeading(null);
          void navigate(`/projects/${projectId}`);
        }}
      />
    </div>
  );
}
