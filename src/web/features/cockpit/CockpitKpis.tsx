import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { RateKey } from '../../../domain/delivery/rates';
import { displayAmount, isYuan } from '../../../domain/money/money';
import { useT } from '../../i18n/useT';
import { Money, UsdMoney } from '../projects/Money';
import type { CockpitLinks } from './links';
import type { Cockpit } from './types';

type Figure = {
  id: string;
  label: string;
  value: ReactNode;
  sub?: ReactNode;
  to: string;
  alert?: boolean;
};

/** An exact amount as a big number and a smaller unit (亿元 / 万元), reading "15.50 亿元". */
function Amount({ yuan }: { yuan: string }) {
  const t = useT();
  if (!isYuan(yuan)) return <>{yuan}</>;
  const { text, unit } = displayAmount(yuan);
  return (
    <>
      {text} <span className="tj-cockpit-kpi-unit">{t(unit === 'yi' ? 'unit.yi' : 'unit.wan')}</span>
    </>
  );
}

const percent = (data: Cockpit, key: RateKey) => {
  const p = data.rates.find((r) => r.key === key)?.percent ?? null;
  return p === null ? '—' : `${p}%`;
};

/** The year's headline figures, each a link to the page with the records behind it. */
export function CockpitKpis({ data, links }: { data: Cockpit; links: CockpitLinks }) {
  const t = useT();
  const s = data.supervision;
  const foreign = data.funds.arrivedForeignUsd !== '0.00';
  const figures: Figure[] = [
    {
      id: 'signed',
      label: t('cockpit.kpi.signed', { year: data.year }),
      value: data.signings.count,
      sub: t('cockpit.kpi.signedSub'),
      to: links.signed,
    },
    {
      id: 'amount',
      label: t('cockpit.kpi.amount'),
      value: <Amount yuan={data.signings.totalInvestment} />,
      sub: (
        <>
          {t('cockpit.kpi.contracted')} <Money yuan={data.signings.contractedInvestment} empty="0" />
        </>
      ),
      to: links.signed,
    },
    {
      id: 'funds',
      label: t('cockpit.kpi.funds', { year: data.year }),
      value: <Amount yuan={data.funds.arrived} />,
      sub: foreign ? (
        <>
          {t('cockpit.kpi.foreign')} <UsdMoney usd={data.funds.arrivedForeignUsd} />
        </>
      ) : (
        t('cockpit.kpi.fundsSub')
      ),
      to: links.funds,
    },
    {
      id: 'performance',
      label: t('rates.rate.performance'),
      value: percent(data, 'performance'),
      sub: t('cockpit.kpi.cohortSub', { year: data.year }),
      to: links.rate('performance'),
    },
    {
      id: 'start',
      label: t('rates.rate.start'),
      value: percent(data, 'start'),
      sub: t('cockpit.kpi.startsSub', { count: data.starts.count }),
      to: links.rate('start'),
    },
    {
      id: 'funding',
      label: t('rates.rate.funding'),
      value: percent(data, 'funding'),
      sub: t('cockpit.kpi.cohortSub', { year: data.year }),
      to: links.rate('funding'),
    },
    {
      id: 'open',
      label: t('cockpit.kpi.open'),
      value: s.open,
      sub: t('cockpit.kpi.openSub', { count: s.overdue }),
      to: links.open,
    },
    {
      id: 'red',
      label: t('cockpit.kpi.red'),
      value: s.red,
      sub: t('cockpit.kpi.redSub'),
      to: links.red,
      alert: s.red > 0,
    },
  ];
  return (
    <div className="tj-cockpit-kpis" data-testid="cockpit-kpis">
      {figures.map((f) => (
        <Link key={f.id} to={f.to} className="tj-cockpit-kpi" data-testid={`cockpit-kpi-${f.id}`}>
          <span className="tj-cockpit-kpi-label">{f.label}</span>
          <span
            className={f.alert ? 'tj-cockpit-kpi-value is-alert' : 'tj-cockpit-kpi-value'}
            data-testid="kpi-value"
          >
            {f.value}
          </span>
          {f.sub && <span className="tj-cockpit-kpi-sub">{f.sub}</span>}
        </Link>
      ))}
    </div>
  );
}
