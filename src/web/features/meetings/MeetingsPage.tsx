import { Alert, App, Button, DatePicker, Spin } from 'antd';
import dayjs from 'dayjs';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { shanghaiDate } from '../../../domain/time';
import { useI18n } from '../../i18n/useT';
import { errorMessage } from '../../lib/errors';
import { DATE_FORMAT, formatDate } from '../../lib/format';
import { PlusIcon } from '../../lib/icons';
import { useCurrentUser } from '../auth/queries';
import { AgendaSections, AgendaSummary } from './AgendaSections';
import { PrintIcon } from './icons';
import { MeetingHistory } from './MeetingHistory';
import { canWriteMeetings } from './permissions';
import { useAgenda, useCreateMeeting, useMeetings } from './queries';
import { useAgendaSections } from './useAgendaSections';
import './meetings.css';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** /meetings: the agenda generated for a date (today by default), calling the meeting, and past meetings. */
export function MeetingsPage() {
  const { t } = useI18n();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [searchParams, setSearchParams] = useSearchParams();
  const today = shanghaiDate(new Date());
  const fromUrl = searchParams.get('date') ?? '';
  const date = ISO.test(fromUrl) ? fromUrl : today;
  const agenda = useAgenda(date);
  const meetings = useMeetings();
  const create = useCreateMeeting();
  const sections = useAgendaSections(agenda.data);
  const canWrite = canWriteMeetings(me.role);
  const ownRegion = me.role === 'county_officer' ? me.regionId : null;
  const held = (meetings.data ?? []).find((m) => m.heldOn === date && m.regionId === ownRegion);

  const call = () =>
    create.mutate(
      { heldOn: date },
      {
        onSuccess: (m) => {
          void message.success(t('mt.called'));
          void navigate(`/meetings/${m.id}`);
        },
        onError: (error) => void message.error(errorMessage(t, error)),
      },
    );

  return (
    <div className="tj-mt-print">
      <div className="tj-page-head">
        <div>
          <h1 className="tj-page-title">{t('mt.title')}</h1>
          <div className="tj-page-subtitle tj-no-print">{t('mt.subtitle')}</div>
        </div>
      </div>
      <div className="tj-filters tj-no-print tj-mt-filters">
        <span className="tj-mt-label-inline">{t('mt.date')}</span>
        <DatePicker
          value={dayjs(date)}
          allowClear={false}
          data-testid="mt-date"
          onChange={(d) => {
            const next = d ? d.format(DATE_FORMAT) : today;
            setSearchParams(next === today ? {} : { date: next }, { replace: true });
          }}
        />
        <div className="tj-mt-filters-actions">
          <Button icon={<PrintIcon />} onClick={() => window.print()}>
            {t('mt.print')}
          </Button>
          {canWrite && !held && (
            <Button
              type="primary"
              icon={<PlusIcon />}
              loading={create.isPending}
              disabled={!agenda.data}
              onClick={call}
              data-testid="mt-call"
            >
              {t('mt.call')}
            </Button>
          )}
        </div>
        {held && (
          <div className="tj-mt-held" data-testid="mt-held">
            {t('mt.alreadyCalled', { date: formatDate(held.heldOn) })}{' '}
            <Link to={`/meetings/${held.id}`}>{held.title}</Link>
          </div>
        )}
      </div>
      <div className="tj-mt-layout">
        <div className="tj-mt-main">
          <h2 className="tj-mt-heading tj-mt-o1" data-testid="mt-preview-title">
            {date === today ? t('mt.preview') : t('mt.previewFor', { date: formatDate(date) })}
          </h2>
          {agenda.error && (
            <Alert className="tj-mt-o1" type="error" showIcon title={errorMessage(t, agenda.error)} />
          )}
          <div className="tj-mt-o4">
            <Spin spinning={agenda.isFetching}>
              <div className="tj-mt-stack" data-testid="mt-preview" data-date={agenda.data?.date ?? ''}>
                <AgendaSummary sections={sections} />
                <AgendaSections sections={sections} />
              </div>
            </Spin>
          </div>
        </div>
        <aside className="tj-mt-side tj-no-print">
          <div className="tj-mt-o0">
            <MeetingHistory meetings={meetings.data} loading={meetings.isPending} current={date} />
          </div>
        </aside>
      </div>
    </div>
  );
}
