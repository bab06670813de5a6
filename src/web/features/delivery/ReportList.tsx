import { Button, Card, Empty, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import { useT } from '../../i18n/useT';
import { formatDateTimeShort } from '../../lib/format';
import { Money, UsdMoney } from '../projects/Money';
import { EvidenceThumbs } from './EvidenceThumbs';
import { isZero, type MonthAction } from './reportMath';
import type { ReportView } from './types';

type Props = {
  projectId: string;
  reports: ReportView[];
  actionOf: (month: string) => MonthAction | null;
  onOpen: (report: ReportView, action: MonthAction) => void;
};

const PAGE = 6;

function ReportItem({
  projectId,
  r,
  action,
  onOpen,
}: {
  projectId: string;
  r: ReportView;
  action: MonthAction | null;
  onOpen: () => void;
}) {
  const t = useT();
  const split = [
    ['signing.fundsOutOfProvince', r.fundsOutOfProvince],
    ['signing.fundsInProvince', r.fundsInProvince],
    ['signing.fundsLocal', r.fundsLocal],
  ] as const;
  return (
    <div className="tj-report-item" data-testid="report-item" data-month={r.month}>
      <div className="tj-report-head">
        <strong className="tj-report-month">{r.month}</strong>
        {r.late && <Tag color="orange">{t('monthly.lateTag')}</Tag>}
        {r.correctedAt && (
          <Tooltip title={r.correctionReason}>
            <Tag color="purple">{t('monthly.correctedTag')}</Tag>
          </Tooltip>
        )}
        {action && (
          <Button size="small" className="tj-report-edit" onClick={onOpen} data-testid="report-edit">
            {t(action === 'correct' ? 'monthly.correct' : 'monthly.edit')}
          </Button>
        )}
      </div>
      <dl className="tj-report-funds">
        <div>
          <dt>{t('monthly.thisMonth')}</dt>
          <dd>
            <Money yuan={r.fundsDomestic} />
            {!isZero(r.fundsForeignUsd) && (
              <div>
                <UsdMoney usd={r.fundsForeignUsd} />
              </div>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('monthly.cumulative')}</dt>
          <dd>
            <Money yuan={r.cumulativeDomestic} />
            {!isZero(r.cumulativeForeignUsd) && (
              <div>
                <UsdMoney usd={r.cumulativeForeignUsd} />
              </div>
            )}
          </dd>
        </div>
      </dl>
      {!isZero(r.fundsDomestic) && (
        <div className="tj-muted tj-report-split">
          {split
            .filter(([, v]) => !isZero(v))
            .map(([label, v]) => (
              <span key={label}>
                {t(label)} <Money yuan={v} />
              </span>
            ))}
        </div>
      )}
      <div className="tj-timeline-text">
        <span className="tj-muted">{t('monthly.workDone')}：</span>
        {r.workDone}
      </div>
      {r.problems && (
        <div className="tj-log-next tj-report-problems">
          <span className="tj-muted">{t('monthly.problems')}：</span>
          {r.problems}
        </div>
      )}
      <EvidenceThumbs projectId={projectId} files={r.photos} size={64} testId="report-item-photos" />
      <div className="tj-muted tj-log-meta">
        {t('monthly.filedBy', { name: r.filedBy, time: formatDateTimeShort(r.filedAt) })}
        {r.correctedAt && (
          <div>
            {t('monthly.correctedBy', {
              time: formatDateTimeShort(r.correctedAt),
              reason: r.correctionReason ?? '',
            })}
          </div>
        )}
      </div>
    </div>
  );
}

/** The reports filed, newest first, with the funds of the month, cumulative funds and photos. */
export function ReportList({ projectId, reports, actionOf, onOpen }: Props) {
  const t = useT();
  const [shown, setShown] = useState(PAGE);
  return (
    <Card title={t('monthly.list', { count: reports.length })} variant="borderless" data-testid="report-list">
      {reports.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('monthly.empty')} />
      ) : (
        <div className="tj-log-list">
          {reports.slice(0, shown).map((r) => {
            const action = actionOf(r.month);
            return (
              <ReportItem
                key={r.id}
                projectId={projectId}
                r={r}
                action={action}
                onOpen={() => action && onOpen(r, action)}
              />
            );
          })}
        </div>
      )}
      {reports.length > shown && (
        <Button
          block
          style={{ marginTop: 12 }}
          onClick={() => setShown((n) => n + PAGE * 2)}
          data-testid="report-more"
        >
          {t('monthly.moreReports', { count: reports.length })}
        </Button>
      )}
    </Card>
  );
}
