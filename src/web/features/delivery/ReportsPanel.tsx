import { Alert, Button, Card, Spin, Statistic } from 'antd';
import { useMemo, useState } from 'react';
import { useT } from '../../i18n/useT';
import { errorMessage } from '../../lib/errors';
import { formatMoney, formatUsdWan } from '../../lib/format';
import { PlusIcon } from '../../lib/icons';
import { useCurrentUser } from '../auth/queries';
import type { Project } from '../projects/types';
import { FlagsCard } from './FlagsCard';
import { fundsChartOption } from './fundsChart';
import { EChart } from '../../lib/EChart';
import { MonthStrip } from './MonthStrip';
import { useReports } from './queries';
import { type ReportTarget, ReportDrawer } from './ReportDrawer';
import { ReportList } from './ReportList';
import { fundingPercent, isZero, monthAction, monthState, nextMonthToFile } from './reportMath';
import type { MonthStatusView, ReportsResponse } from './types';

type Props = { project: Project; canWrite: boolean; onReload: () => void };

function Summary({ r }: { r: ReportsResponse }) {
  const t = useT();
  const percent = fundingPercent(r);
  const filed = r.months.filter((m) => m.filed).length;
  const missing = r.months.filter((m) => monthState(m) === 'missing').length;
  return (
    <div className="tj-report-summary" data-testid="report-summary">
      <Statistic title={t('monthly.total')} value={formatMoney(t, r.totalDomestic) || '0'} />
      <Statistic title={t('monthly.contracted')} value={formatMoney(t, r.contractedInvestment) || '—'} />
      <Statistic title={t('monthly.percent')} value={percent === null ? '—' : `${percent}%`} />
      {!isZero(r.totalForeignUsd) && (
        <Statistic
          title={t('monthly.foreignTotal')}
          value={`${formatUsdWan(r.totalForeignUsd)} ${t('unit.wanUsd')}`}
        />
      )}
      <Statistic
        title={t('monthly.filedCount', { filed, total: r.months.length })}
        value={missing > 0 ? t('monthly.missingCount', { count: missing }) : t('monthly.state.filed')}
        styles={{ content: { color: missing > 0 ? '#cf1322' : '#2f9e57', fontSize: 18 } }}
      />
    </div>
  );
}

/** 月报: where each month stands, the funds curve, 入统/入规, the filed reports and the drawer that files one. */
export function ReportsPanel({ project, canWrite, onReload }: Props) {
  const t = useT();
  const me = useCurrentUser();
  const query = useReports(project.id);
  const [target, setTarget] = useState<ReportTarget | null>(null);
  const data = query.data;
  const option = useMemo(() => (data ? fundsChartOption(t, data) : null), [t, data]);

  if (query.error) return <Alert type="error" showIcon title={errorMessage(t, query.error)} />;
  if (!data || !option) return <Spin style={{ display: 'block', margin: '40px auto' }} />;

  const byMonth = new Map(data.reports.map((r) => [r.month, r]));
  const monthOf = new Map(data.months.map((m) => [m.month, m]));
  const actionOf = (m: MonthStatusView) => monthAction(m, me.role, canWrite);
  const open = (m: MonthStatusView) => {
    const action = actionOf(m);
    if (action) setTarget({ month: m, action, report: byMonth.get(m.month) ?? null });
  };
  const next = canWrite ? nextMonthToFile(data.months) : null;

  return (
    <div className="tj-delivery-stack" data-testid="reports-panel">
      <Card
        title={t('monthly.title')}
        variant="borderless"
        data-testid="report-status"
        extra={
          next && (
            <Button
              type="primary"
              icon={<PlusIcon />}
              onClick={() => open(next)}
              data-testid="report-file-next"
            >
              {t('monthly.fileMonth', { month: next.month })}
            </Button>
          )
        }
      >
        <Summary r={data} />
        <MonthStrip months={data.months} actionOf={actionOf} onOpen={open} />
      </Card>
      <Card title={t('monthly.chartTitle')} variant="borderless" data-testid="funds-chart-card">
        <EChart option={option} data-testid="funds-chart" ariaLabel={t('monthly.chart.aria')} />
        {!isZero(data.totalForeignUsd) && <div className="tj-muted">{t('monthly.usdNote')}</div>}
      </Card>
      <FlagsCard
        projectId={project.id}
        version={project.version}
        signedOn={project.signedOn}
        statsEnteredOn={data.statsEnteredOn}
        aboveScaleOn={data.aboveScaleOn}
        canWrite={canWrite}
        onReload={onReload}
      />
      <ReportList
        projectId={project.id}
        reports={data.reports}
        actionOf={(month) => {
          const m = monthOf.get(month);
          return m ? actionOf(m) : null;
        }}
        onOpen={(report, action) => {
          const m = monthOf.get(report.month);
          if (m) setTarget({ month: m, action, report });
        }}
      />
      <ReportDrawer
        projectId={project.id}
        target={target}
        onClose={() => setTarget(null)}
        onReload={() => void query.refetch()}
      />
    </div>
  );
}
