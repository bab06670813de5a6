import { App, Button, Card } from 'antd';
import { useT } from '../../i18n/useT';
import { copyText } from '../../lib/clipboard';
import { CopyIcon } from '../../lib/icons';
import { Money } from '../projects/Money';
import type { EventReport } from './types';

/** The headline, the release text with its copy button, and the key figures (after the counting rules). */
export function ReportSummary({ report: r }: { report: EventReport }) {
  const t = useT();
  const { message } = App.useApp();
  const s = r.statistics;
  const copy = () =>
    copyText(r.release).then(
      () => void message.success(t('report.copied')),
      () => void message.error(t('report.copyFailed')),
    );
  return (
    <>
      <Card variant="borderless">
        <div className="tj-headline" data-testid="signing-headline">
          {r.headline}
        </div>
        <div className="tj-kpis" style={{ marginTop: 16 }}>
          <div className="tj-kpi">
            <div className="tj-kpi-label">{t('report.kpi.count')}</div>
            <div className="tj-kpi-value" data-testid="report-count">
              {s.all.count}
            </div>
            <div className="tj-kpi-sub">{t('report.kpi.countAll', { count: r.allStatistics.all.count })}</div>
          </div>
          <div className="tj-kpi">
            <div className="tj-kpi-label">{t('report.kpi.total')}</div>
            <div className="tj-kpi-value">
              <Money yuan={s.all.totalInvestment} />
            </div>
            <div className="tj-kpi-sub">
              {t('report.kpi.totalAll')} <Money yuan={r.allStatistics.all.totalInvestment} />
            </div>
          </div>
          <div className="tj-kpi">
            <div className="tj-kpi-label">{t('report.kpi.contracted')}</div>
            <div className="tj-kpi-value">
              <Money yuan={s.all.contractedInvestment} />
            </div>
            <div className="tj-kpi-sub">
              {t('report.kpi.formalFramework', {
                formal: s.bySigningType.formal?.count ?? 0,
                framework: s.bySigningType.framework?.count ?? 0,
              })}
            </div>
          </div>
          <div className="tj-kpi">
            <div className="tj-kpi-label">{t('report.kpi.excluded')}</div>
            <div className="tj-kpi-value" data-testid="report-excluded-count">
              {r.excludedCount}
            </div>
            <div className="tj-kpi-sub">{t('report.kpi.excludedHint')}</div>
          </div>
        </div>
      </Card>
      <Card
        variant="borderless"
        title={t('report.release')}
        extra={
          <Button icon={<CopyIcon />} onClick={() => void copy()} data-testid="signing-release-copy">
            {t('report.copy')}
          </Button>
        }
      >
        <p className="tj-release" data-testid="signing-release">
          {r.release}
        </p>
      </Card>
    </>
  );
}
