import { Empty, Progress } from 'antd';
import { Link } from 'react-router';
import { percentOf } from '../../../domain/delivery/rates';
import { useT } from '../../i18n/useT';
import type { CockpitLinks } from './links';
import type { CockpitChains } from './types';

type Props = { chains: CockpitChains; links: CockpitLinks; dark?: boolean; limit?: number };

const share = (num: number, den: number) => Number(percentOf(BigInt(num), BigInt(den)) ?? 0);

/** How much of the industry chains signed projects cover, the open gaps (补链/延链/强链), per chain. */
export function ChainCoverage({ chains, links, dark = false, limit }: Props) {
  const t = useT();
  if (!chains.chains) {
    return (
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cockpit.chains.none')}>
        <Link to={links.atlas}>{t('cockpit.chains.open')}</Link>
      </Empty>
    );
  }
  const trail = dark ? '#16345c' : undefined;
  return (
    <div data-testid="cockpit-chains">
      <div className="tj-cockpit-chain-summary">
        <Link to={links.atlas} data-testid="cockpit-chain-covered">
          <strong>
            {chains.covered}/{chains.nodes}
          </strong>
          <span>{t('cockpit.chains.covered')}</span>
        </Link>
        <Link to={links.atlas}>
          <strong>{chains.gaps.fill}</strong>
          <span>{t('cockpit.chains.fill')}</span>
        </Link>
        <Link to={links.atlas}>
          <strong>{chains.gaps.extend}</strong>
          <span>{t('cockpit.chains.extend')}</span>
        </Link>
        <Link to={links.atlas}>
          <strong>{chains.gaps.strengthen}</strong>
          <span>{t('cockpit.chains.strengthen')}</span>
        </Link>
        <Link to={links.atlas}>
          <strong>{chains.closedThisYear}</strong>
          <span>{t('cockpit.chains.closed')}</span>
        </Link>
      </div>
      <ul className="tj-cockpit-chain-list">
        {chains.items.slice(0, limit).map((c) => (
          <li key={c.id}>
            <Link to={links.chain(c.id)} className="tj-cockpit-chain-name" title={c.groupName ?? undefined}>
              {c.name}
            </Link>
            <Progress
              percent={share(c.covered, c.nodes)}
              size="small"
              showInfo={false}
              railColor={trail}
              strokeColor={dark ? '#38bdf8' : '#1f5fbf'}
            />
            <span className="tj-cockpit-chain-figure">
              {t('cockpit.chains.line', { covered: c.covered, nodes: c.nodes, gaps: c.openGaps })}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
