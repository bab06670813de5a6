import { Card, Tag } from 'antd';
import { Link, useNavigate } from 'react-router';
import { GAP_KINDS } from '../../../domain/atlas/fields';
import { useT } from '../../i18n/useT';
import { Money } from '../projects/Money';
import { GAP_COLORS, PositionTag } from './AtlasTags';
import { StateBar } from './StateBar';
import type { ChainSummary } from './types';

/** One chain on the overview: chief, chain leaders, node states, gaps, coverage, signing, positions. */
export function ChainCard({ chain }: { chain: ChainSummary }) {
  const t = useT();
  const navigate = useNavigate();
  const chief = [chain.chiefTitle, chain.chiefName].filter(Boolean).join(' · ');
  return (
    <Card
      size="small"
      hoverable
      className="tj-atlas-card"
      data-testid="atlas-chain-card"
      data-chain={chain.name}
      onClick={() => void navigate(`/atlas/${chain.id}`)}
    >
      <div className="tj-atlas-card-head">
        <Link to={`/atlas/${chain.id}`} className="tj-atlas-card-name" onClick={(e) => e.stopPropagation()}>
          {chain.name}
        </Link>
        <span className="tj-muted">
          {t('atlas.card.chief')} {chief || t('atlas.card.none')}
        </span>
      </div>
      <div className="tj-atlas-card-line">
        <span className="tj-muted">{t('atlas.card.leaderFirms')}</span>{' '}
        {chain.leaderFirms.length ? chain.leaderFirms.join('、') : t('atlas.card.none')}
      </div>
      <StateBar states={chain.states} />
      <div className="tj-tag-row tj-atlas-card-line" data-testid="atlas-chain-gaps">
        {GAP_KINDS.map((k) => (
          <Tag key={k} color={(chain.gaps[k] ?? 0) > 0 ? GAP_COLORS[k] : 'default'} variant="outlined">
            {t(`atlas.gap.${k}`)} {chain.gaps[k] ?? 0}
          </Tag>
        ))}
      </div>
      <div className="tj-atlas-card-line tj-atlas-card-meta">
        <span>{t('atlas.card.covered', { covered: chain.covered, nodes: chain.nodes })}</span>
        <span>{t('atlas.card.targets', { n: chain.targets })}</span>
        <span>
          {t('atlas.card.signed', { n: chain.signedProjects })} · <Money yuan={chain.signedInvestment} />
        </span>
      </div>
      <div className="tj-tag-row" data-testid="atlas-chain-positions">
        {chain.positions.length ? (
          chain.positions.map((p) => (
            <PositionTag key={p.regionId} county={p.regionName} position={p.position} />
          ))
        ) : (
          <span className="tj-muted">{t('atlas.card.noPositions')}</span>
        )}
      </div>
    </Card>
  );
}
