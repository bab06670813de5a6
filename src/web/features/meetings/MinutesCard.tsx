import { Alert, App, Button, Card, Input, Space, Tag } from 'antd';
import { useState } from 'react';
import { LIMITS } from '../../../domain/limits';
import { useT } from '../../i18n/useT';
import { isApiError } from '../../lib/api';
import { errorMessage } from '../../lib/errors';
import { useSaveMinutes } from './queries';
import type { MeetingView } from './types';

/** The server's minutes, as the editor holds them (empty text for none). */
type Snapshot = { version: number; minutes: string; attendees: string };
const snapshotOf = (m: MeetingView): Snapshot => ({
  version: m.version,
  minutes: m.minutes ?? '',
  attendees: m.attendees ?? '',
});

/** Minutes are at most this long (PATCH /api/meetings/:id). */
const MINUTES_MAX = 20_000;

type Props = {
  meeting: MeetingView;
  canEdit: boolean;
  /** Fetches the meeting again (after a version conflict). */
  onReload: () => void;
};

/**
 * 会议纪要: attendees and minutes, saved against the version they were read at. When someone else
 * saved in between, the server refuses; the editor keeps what was typed and offers to load the
 * latest or to overwrite it.
 */
export function MinutesCard({ meeting, canEdit, onReload }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const save = useSaveMinutes(meeting.id);
  const [baseline, setBaseline] = useState<Snapshot>(() => snapshotOf(meeting));
  const [draft, setDraft] = useState({ minutes: baseline.minutes, attendees: baseline.attendees });
  const [conflict, setConflict] = useState(false);
  const dirty = draft.minutes !== baseline.minutes || draft.attendees !== baseline.attendees;

  // A newer version arrived (a refetch) while nothing was typed: show it.
  if (meeting.version !== baseline.version && !dirty && !conflict) {
    const latest = snapshotOf(meeting);
    setBaseline(latest);
    setDraft({ minutes: latest.minutes, attendees: latest.attendees });
  }

  const submit = (version: number) =>
    save.mutate(
      { version, minutes: draft.minutes.trim() || null, attendees: draft.attendees.trim() || null },
      {
        onSuccess: (m) => {
          const saved = snapshotOf(m);
          setBaseline(saved);
          setDraft({ minutes: saved.minutes, attendees: saved.attendees });
          setConflict(false);
          void message.success(t('mt.minutes.saved'));
        },
        onError: (error) => {
          if (isApiError(error, 'VERSION_CONFLICT')) {
            setConflict(true);
            onReload();
          } else {
            void message.error(errorMessage(t, error));
          }
        },
      },
    );

  const loadLatest = () => {
    const latest = snapshotOf(meeting);
    setBaseline(latest);
    setDraft({ minutes: latest.minutes, attendees: latest.attendees });
    setConflict(false);
  };

  return (
    <Card
      size="small"
      className="tj-mt-card tj-no-print"
      title={t('mt.minutes')}
      data-testid="mt-minutes"
      extra={
        <Space size={6}>
          {dirty && <Tag color="orange">{t('mt.minutes.unsaved')}</Tag>}
          <span className="tj-muted" data-testid="mt-minutes-version">
            {t('mt.minutes.version', { version: baseline.version })}
          </span>
        </Space>
      }
    >
      {conflict && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="mt-minutes-conflict"
          title={t('mt.conflict.title', { version: meeting.version })}
          description={
            <Space wrap style={{ marginTop: 8 }}>
              <Button size="small" onClick={loadLatest} data-testid="mt-conflict-load">
                {t('mt.conflict.load')}
              </Button>
              <Button
                size="small"
                danger
                loading={save.isPending}
                onClick={() => submit(meeting.version)}
                data-testid="mt-conflict-overwrite"
              >
                {t('mt.conflict.overwrite')}
              </Button>
            </Space>
          }
        />
      )}
      {canEdit ? (
        <div className="tj-mt-minutes-form">
          <label className="tj-mt-label" htmlFor="mt-attendees">
            {t('mt.minutes.attendees')}
          </label>
          <Input
            id="mt-attendees"
            value={draft.attendees}
            maxLength={LIMITS.note}
            placeholder={t('mt.minutes.attendeesPlaceholder')}
            onChange={(e) => setDraft({ ...draft, attendees: e.target.value })}
            data-testid="mt-attendees"
          />
          <label className="tj-mt-label" htmlFor="mt-minutes-text">
            {t('mt.minutes.text')}
          </label>
          <Input.TextArea
            id="mt-minutes-text"
            value={draft.minutes}
            maxLength={MINUTES_MAX}
            autoSize={{ minRows: 6, maxRows: 24 }}
            placeholder={t('mt.minutes.placeholder')}
            onChange={(e) => setDraft({ ...draft, minutes: e.target.value })}
            data-testid="mt-minutes-text"
          />
          <div className="tj-mt-minutes-actions">
            <Button
              type="primary"
              disabled={!dirty || conflict}
              loading={save.isPending && !conflict}
              onClick={() => submit(baseline.version)}
              data-testid="mt-minutes-save"
            >
              {t('common.save')}
            </Button>
          </div>
        </div>
      ) : (
        <MinutesText meeting={meeting} />
      )}
    </Card>
  );
}

/** The saved minutes as text (read-only roles, and the printed sheet). */
export function MinutesText({ meeting }: { meeting: MeetingView }) {
  const t = useT();
  if (!meeting.minutes && !meeting.attendees) return <div className="tj-muted">{t('mt.minutes.none')}</div>;
  return (
    <div className="tj-mt-minutes-text" data-testid="mt-minutes-saved">
      {meeting.attendees && <p>{t('mt.printed.attendees', { attendees: meeting.attendees })}</p>}
      {meeting.minutes && <div className="tj-mt-pre">{meeting.minutes}</div>}
    </div>
  );
}
