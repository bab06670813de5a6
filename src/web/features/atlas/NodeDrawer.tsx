import { Alert, Divider, Drawer, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { compareYuan } from '../../../domain/money/money';
import { useT } from '../../i18n/useT';
import { formatMoney } from '../../lib/format';
import { useIsMobile } from '../../lib/useIsMobile';
import { GapTag, StateTag } from './AtlasTags';
import { gapReasonText, overrideText, stateReasonText } from './explain';
import { NodeFirms } from './NodeFirms';
import { NodeProjects } from './NodeProjects';
import { NodeTargets } from './NodeTargets';
import type { ChainDetail, ChainNode, Target } from './types';

export type NodeDrawerProps = {
  chain: ChainDetail;
  node: ChainNode | null;
  onClose: () => void;
  onStartLead: (target: Target) => void;
  /** The footer slot: actions other features add to a node (edit, move, firms …). */
  extra?: ReactNode;
};

/** A node in full: what it is, its state and why, gap, local firms, targets and covering projects. */
export function NodeDrawer({ chain, node, onClose, onStartLead, extra }: NodeDrawerProps) {
  const t = useT();
  const mobile = useIsMobile();
  const gap = node?.gap?.kind;
  const closed = node?.closedBy && gap && gap !== 'strengthen' ? node.closedBy : null;
  const override = node ? overrideText(t, node) : '';
  return (
    <Drawer
      open={node !== null}
      onClose={onClose}
      size={mobile ? '100%' : 560}
      title={
        node && (
          <span className="tj-atlas-drawer-title" data-testid="atlas-node-title">
            {node.name} <StateTag state={node.state} /> <GapTag kind={gap} />
          </span>
        )
      }
      footer={extra ? <div className="tj-atlas-drawer-extra">{extra}</div> : undefined}
      data-testid="atlas-node-drawer"
      rootClassName="tj-atlas-node-drawer"
    >
      {node && (
        <div data-testid="atlas-node-body">
          {closed && gap && (
            <Alert
              type="success"
              showIcon
              style={{ marginBottom: 12 }}
              data-testid="atlas-node-closed"
              title={
                <Link to={`/projects/${closed.id}`}>
                  {t(`atlas.node.closedBy.${gap === 'extend' ? 'extend' : 'fill'}`, { name: closed.name })}
                </Link>
              }
            />
          )}
          <div className="tj-muted" style={{ marginBottom: 8 }}>
            {chain.name} · {t(`atlas.segment.${node.segment}`)}
          </div>
          {node.description && <Typography.Paragraph>{node.description}</Typography.Paragraph>}
          {node.keyTech.length > 0 && (
            <div className="tj-atlas-section" data-testid="atlas-node-tech">
              <span className="tj-muted">{t('atlas.node.keyTech')}</span>{' '}
              <span className="tj-tag-row">
                {node.keyTech.map((k) => (
                  <Tag key={k} style={{ marginInlineEnd: 0 }}>
                    {k}
                  </Tag>
                ))}
              </span>
            </div>
          )}
          <div className="tj-atlas-section" data-testid="atlas-node-why">
            <div>
              <b>{t('atlas.node.state')}</b> {t(`atlas.stateName.${node.state}`)}
            </div>
            <div>
              <span className="tj-muted">{t('atlas.node.why')}</span> {stateReasonText(t, node)}
            </div>
            {override && <Alert type="warning" style={{ marginTop: 6 }} title={override} />}
            <div style={{ marginTop: 6 }}>
              <b>{t('atlas.node.gap')}</b>{' '}
              {node.gap ? gapReasonText(t, node, chain.nodes) : t('atlas.node.noGap')}
            </div>
            {compareYuan(node.signedInvestment, '0') > 0 && (
              <div>{t('atlas.node.signedInvestment', { amount: formatMoney(t, node.signedInvestment) })}</div>
            )}
          </div>
          <Divider titlePlacement="start" plain>
            {t('atlas.node.firms', { n: node.firms.length })}
          </Divider>
          <NodeFirms firms={node.firms} />
          <Divider titlePlacement="start" plain>
            {t('atlas.node.targets', { n: node.targets.length })}
          </Divider>
          <NodeTargets targets={node.targets} onStartLead={onStartLead} />
          <Divider titlePlacement="start" plain>
            {t('atlas.node.projects', { n: node.projects.length })}
          </Divider>
          <NodeProjects projects={node.projects} />
          {compareYuan(node.signedInvestment, '0') > 0 && !node.projects.some((p) => p.signedOn) && (
            <div className="tj-muted tj-atlas-item-meta">{t('atlas.chain.projectsHidden')}</div>
          )}
        </div>
      )}
    </Drawer>
  );
}
