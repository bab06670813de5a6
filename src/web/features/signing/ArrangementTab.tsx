import { Card, Descriptions, Empty } from 'antd';
import { useT } from '../../i18n/useT';
import { useIsMobile } from '../../lib/useIsMobile';
import { useRegions } from '../org/queries';
import type { EventDetail } from './types';

/** The event's arrangements: main venue and county sub-venues, reports, pledge speeches, notes. */
export function ArrangementTab({ event: e }: { event: EventDetail }) {
  const t = useT();
  const regions = useRegions();
  const mobile = useIsMobile();
  const region = (id: string) => regions.data?.find((r) => r.id === id)?.name ?? id;
  const none = <span className="tj-muted">{t('signing.none')}</span>;
  return (
    <div className="tj-report" data-testid="signing-arrangement">
      <Card variant="borderless" title={t('signing.field.venues')}>
        <Descriptions
          size="small"
          column={1}
          layout={mobile ? 'vertical' : 'horizontal'}
          items={[
            { key: 'main', label: t('signing.field.mainVenue'), children: e.mainVenue ?? none },
            {
              key: 'subs',
              label: t('signing.field.subVenues'),
              children:
                e.subVenues.length === 0 ? (
                  none
                ) : (
                  <div className="tj-list-block" data-testid="signing-sub-venues">
                    {e.subVenues.map((s) => (
                      <div key={`${s.regionId}-${s.venue}`} className="tj-list-block-item">
                        <strong>{region(s.regionId)}</strong>
                        <span>{s.venue}</span>
                      </div>
                    ))}
                  </div>
                ),
            },
          ]}
        />
      </Card>
      <Card variant="borderless" title={t('signing.field.reports')}>
        {e.reports.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('signing.noReports')} />
        ) : (
          <ol
            className="tj-list-block"
            style={{ paddingInlineStart: 20, margin: 0 }}
            data-testid="signing-reports"
          >
            {e.reports.map((r, i) => (
              <li key={i} className="tj-list-block-item" style={{ display: 'list-item' }}>
                <strong>{r.title}</strong>
                <span className="tj-muted">
                  {' '}
                  — {r.presenter}
                  {r.unit ? `（${r.unit}）` : ''}
                </span>
              </li>
            ))}
          </ol>
        )}
      </Card>
      <Card variant="borderless" title={t('signing.field.pledgeSpeakers')}>
        {e.pledgeSpeakers.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('signing.noPledges')} />
        ) : (
          <div className="tj-list-block" data-testid="signing-pledges">
            {e.pledgeSpeakers.map((p, i) => (
              <div key={i} className="tj-list-block-item">
                <strong>{p.unitName}</strong>
                <span>{p.speaker}</span>
              </div>
            ))}
          </div>
        )}
      </Card>
      {e.notes && (
        <Card variant="borderless" title={t('signing.field.notes')}>
          <div style={{ whiteSpace: 'pre-wrap' }}>{e.notes}</div>
        </Card>
      )}
    </div>
  );
}
