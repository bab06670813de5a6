import { Alert, Button, Card, Empty, Spin } from 'antd';
import { useT } from '../../i18n/useT';
import { errorMessage } from '../../lib/errors';
import { DownloadButtons } from './DownloadButtons';
import { useSigningReport } from './queries';
import { ReportCharts } from './ReportCharts';
import { ReportSummary } from './ReportSummary';
import { ExcludedTable, SignedProjectsTable } from './ReportTables';
import type { EventDetail } from './types';

/** 统计与通稿: headline and release, key figures, charts, excluded projects, signing list downloads. */
export function ReportTab({ event }: { event: EventDetail }) {
  const t = useT();
  const report = useSigningReport(event.id, true);
  if (report.isPending) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
  if (report.error || !report.data) {
    return (
      <Alert
        type="error"
        showIcon
        title={errorMessage(t, report.error)}
        action={<Button onClick={() => void report.refetch()}>{t('common.retry')}</Button>}
      />
    );
  }
  const r = report.data;
  const signedAny = r.allStatistics.all.count > 0;
  return (
    <div className="tj-report" data-testid="signing-report">
      <Card variant="borderless" size="small">
        <div className="tj-report-bar">
          <span className="tj-muted">{t('report.scopeNote')}</span>
          <DownloadButtons eventId={event.id} title={event.title} />
        </div>
      </Card>
      {!signedAny ? (
        <Card variant="borderless">
          <Empty description={t('report.notSigned')} />
        </Card>
      ) : (
        <>
          <ReportSummary report={r} />
          <ReportCharts report={r} />
          <ExcludedTable report={r} />
          <SignedProjectsTable report={r} />
        </>
      )}
    </div>
  );
}
