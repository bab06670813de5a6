import { Card } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useT } from '../../i18n/useT';
import { formatDate } from '../../lib/format';
import { Money } from '../projects/Money';
import type { Overview } from './types';

type KpiProps = {
  label: string;
  value: ReactNode;
  sub?: ReactNode;
  alert?: boolean;
  to?: string;
  testId: string;
};

function Kpi({ label, value, sub, alert = false, to, testId }: KpiProps) {
  const body = (
    <>
      <span className="tj-kpi-label">{label}</span>
      <span className={alert ? 'tj-kpi-value is-alert' : 'tj-kpi-value'} data-testid="kpi-value">
        {value}
      </span>
      {sub && <span className="tj-kpi-sub">{sub}</span>}
    </>
  );
  return (
    <Card variant="borderless" size="small" className="tj-kpi" data-testid={testId}>
      {to ? (
        <Link to={to} className="tj-kpi-link">
          {body}
        </Link>
      ) : (
        body
      )}
    </Card>
  );
}

/** The county's (or city's) delivery in six figures. */
export function OverviewKpis({ data, missingLink }: { data: Overview; missingLink: string }) {
  const t = useT();
  const overdueProjects = new Set(data.overdue.map((o) => o.projectId)).size;
  const required = data.missing.byRegion.reduce((a, r) => a + r.required, 0);
  return (
    <div className="tj-kpis" data-testid="overview-kpis">
      <Kpi
        testId="kpi-signed"
        label={t('overview.kpi.signed')}
        value={data.signedActive}
        sub={t('overview.kpi.signedSub')}
      />
      <Kpi
        testId="kpi-overdue"
        label={t('overview.kpi.overdue')}
        value={data.overdue.length}
        alert={data.overdue.length > 0}
        sub={t('overview.kpi.overdueSub', { count: overdueProjects })}
      />
      <Kpi
        testId="kpi-missing"
        label={t('overview.kpi.missing', { month: data.missing.month })}
        value={`${data.missing.projects.length} / ${required}`}
        alert={data.missing.projects.length > 0}
        sub={t('overview.kpi.missingSub', { date: formatDate(data.missing.dueOn) })}
        to={missingLink}
      />
      <Kpi
        testId="kpi-funds"
        label={t('overview.kpi.fundsYear', { year: data.year })}
        value={<Money yuan={data.funds.arrivedThisYear} empty="0" />}
        sub={
          data.funds.percentThisYear === null
            ? t('overview.kpi.noContract')
            : t('overview.kpi.fundsSub', { percent: data.funds.percentThisYear })
        }
      />
      <Kpi
        testId="kpi-contracted"
        label={t('overview.kpi.contracted')}
        value={<Money yuan={data.funds.contracted} empty="0" />}
        sub={
          <>
            {t('overview.kpi.arrivedTotal')} <Money yuan={data.funds.arrivedTotal} empty="0" />
          </>
        }
      />
      <Kpi
        testId="kpi-flags"
        label={t('overview.kpi.flags')}
        value={`${data.flags.statsEntered} / ${data.flags.aboveScale}`}
        sub={t('overview.kpi.flagsSub')}
      />
    </div>
  );
}
