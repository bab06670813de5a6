import { Button } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useT } from '../../i18n/useT';
import { formatDate } from '../../lib/format';
import { Money } from '../projects/Money';
import { EventKindTag, EventStatusTag } from './EventTags';
import type { EventSummary } from './types';

type Props = { event: EventSummary; canPrepare: boolean; onPrepare: (event: EventSummary) => void };

/** One event in the year calendar: date, title, status, agenda and signings; 准备 for a virtual one. */
export function EventTile({ event: e, canPrepare, onPrepare }: Props) {
  const t = useT();
  const day = dayjs(e.heldOn);
  const moved = e.scheduledOn && e.scheduledOn !== e.heldOn;
  const body = (action?: ReactNode) => (
    <>
      <div className="tj-event-date">
        <span className="tj-event-day">{day.format('D')}</span>
        <span className="tj-muted">{t('signing.weekday', { day: day.format('dd') })}</span>
      </div>
      <div className="tj-event-main">
        <div className="tj-event-title">{e.title}</div>
        <div className="tj-event-tags">
          {e.kind !== 'monthly' && <EventKindTag kind={e.kind} />}
          <EventStatusTag event={e} />
        </div>
        {moved && (
          <div className="tj-project-sub">{t('signing.movedFrom', { date: formatDate(e.scheduledOn) })}</div>
        )}
        {!e.virtual && (
          <div className="tj-event-figures">
            {e.signedCount > 0 ? (
              <>
                <span>{t('signing.signedCount', { count: e.signedCount })}</span>
                <Money yuan={e.signedTotalInvestment} />
              </>
            ) : (
              <span>{t('signing.agendaCount', { count: e.agendaCount })}</span>
            )}
          </div>
        )}
        {action}
      </div>
    </>
  );
  if (e.virtual || !e.id) {
    return (
      <div
        className="tj-event tj-event-virtual"
        data-testid="signing-event"
        data-virtual="true"
        data-month={e.month}
      >
        {body(
          canPrepare && (
            <Button
              size="small"
              type="primary"
              ghost
              className="tj-event-action"
              data-testid="signing-event-prepare"
              onClick={() => onPrepare(e)}
            >
              {t('signing.prepare')}
            </Button>
          ),
        )}
      </div>
    );
  }
  return (
    <Link
      to={`/signing-days/${e.id}`}
      className={`tj-event tj-event-${e.status}`}
      data-testid="signing-event"
      data-virtual="false"
      data-month={e.month}
    >
      {body()}
    </Link>
  );
}
