import { Card } from 'antd';
import { useMemo } from 'react';
import type { MessageKey } from '../../i18n/zh-CN';
import { useT } from '../../i18n/useT';
import { type ChartOption, EChart } from '../../lib/EChart';
import { reportCharts } from './reportCharts';
import type { EventReport } from './types';

function ChartCard({
  title,
  option,
  testId,
  height,
}: {
  title: MessageKey;
  option: ChartOption;
  testId: string;
  height?: number;
}) {
  const t = useT();
  return (
    <Card variant="borderless" title={t(title)} size="small">
      <EChart option={option} height={height} data-testid={testId} ariaLabel={t(title)} />
    </Card>
  );
}

/** The statistics as ECharts charts (counts plotted; totals in the tooltips, exact). */
export function ReportCharts({ report }: { report: EventReport }) {
  const t = useT();
  const charts = useMemo(() => reportCharts(t, report), [t, report]);
  return (
    <div className="tj-charts" data-testid="signing-charts">
      <ChartCard title="report.chart.sizeBand" option={charts.sizeBand} testId="chart-size-band" />
      <ChartCard title="report.chart.origin" option={charts.origin} testId="chart-origin" />
      <ChartCard title="report.chart.industry" option={charts.industry} testId="chart-industry" />
      <ChartCard
        title="report.chart.domesticForeign"
        option={charts.domesticForeign}
        testId="chart-domestic-foreign"
      />
      <ChartCard title="report.chart.signingType" option={charts.signingType} testId="chart-signing-type" />
      <ChartCard
        title="report.chart.county"
        option={charts.county}
        testId="chart-county"
        height={Math.max(260, charts.countyCount * 28 + 40)}
      />
    </div>
  );
}
