import { Card, Timeline } from 'antd';
import { useI18n } from '../../i18n/useT';
import { eventDetails, eventLabel } from './explain';
import { shanghaiDateTime } from '../../lib/shanghaiTime';
import type { ItemDetail } from './types';
import { useUnitNames } from './UnitPicker';

const COLOUR: Record<string, string> = {
  returned: 'orange',
  extension_refused: 'red',
  extension_approved: 'green',
  resolved: 'green',
  verified: 'green',
  closed: 'gray',
};

/** 办理记录: the append-only log, newest first, each entry with who, when and what was said. */
export function EventLog({ item }: { item: ItemDetail }) {
  const { t, locale } = useI18n();
  const unitName = useUnitNames();
  const events = [...item.events].reverse();
  return (
    <Card size="small" title={t('sv.section.events')} data-testid="sv-events">
      <Timeline
        items={events.map((e) => {
          const { parts, text } = eventDetails(t, locale, e, unitName);
          return {
            key: e.seq,
            color: COLOUR[e.type] ?? 'blue',
            content: (
              <div className="tj-sv-event" data-testid="sv-event" data-type={e.type}>
                <div className="tj-sv-event-head">
                  <strong>{eventLabel(t, e.type)}</strong>
                  {e.actorName && <span>{e.actorName}</span>}
                  <span className="tj-muted">{shanghaiDateTime(e.at)}</span>
                </div>
                {parts.length > 0 && (
                  <div className="tj-sv-event-parts">
                    {parts.map((p, i) => (
                      <div key={i}>{p}</div>
                    ))}
                  </div>
                )}
                {text && <div className="tj-sv-event-text">{text}</div>}
              </div>
            ),
          };
        })}
      />
    </Card>
  );
}
