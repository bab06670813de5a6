import { Alert, Button, Empty, Segmented, Select, Space, Spin } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { sumYuan } from '../../../domain/money/money';
import { FIRST_SIGNING_MONTH } from '../../../domain/signing/schedule';
import { useT } from '../../i18n/useT';
import { errorMessage } from '../../lib/errors';
import { PlusIcon } from '../../lib/icons';
import { useIsMobile } from '../../lib/useIsMobile';
import { canManageSigning } from '../auth/permissions';
import { useCurrentUser } from '../auth/queries';
import { Money } from '../projects/Money';
import { type EventFormMode, EventFormDrawer } from './EventFormDrawer';
import { EventTile } from './EventTile';
import { useSigningDays } from './queries';
import '../projects/projects.css';
import './signing.css';

const FIRST_YEAR = Number(FIRST_SIGNING_MONTH.slice(0, 4));
const KINDS = ['all', 'monthly', 'three_batches', 'expo'] as const;

/** /signing-days: the year's signing days month by month, scheduled occurrences with 准备. */
export function SigningDaysPage() {
  const t = useT();
  const me = useCurrentUser();
  const mobile = useIsMobile();
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const thisYear = dayjs().year();
  const year = Number(searchParams.get('year')) || thisYear;
  const [kind, setKind] = useState<(typeof KINDS)[number]>('all');
  const [form, setForm] = useState<EventFormMode | null>(null);
  const list = useSigningDays(`${year}-01-01`, `${year}-12-31`);
  const canManage = canManageSigning(me.role);
  const events = (list.data ?? []).filter((e) => kind === 'all' || e.kind === kind);
  const held = events.filter((e) => e.status === 'held');
  const years = Array.from({ length: thisYear + 1 - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i).reverse();
  const currentMonth = dayjs().format('YYYY-MM');
  const months = Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
  const byMonth = (m: string) => events.filter((e) => e.heldOn.startsWith(m));

  return (
    <>
      <div className="tj-page-head">
        <div>
          <h1 className="tj-page-title">{t('signing.title')}</h1>
          <div className="tj-page-subtitle">{t('signing.subtitle')}</div>
        </div>
        {canManage && (
          <Button
            icon={<PlusIcon />}
            onClick={() => setForm({ mode: 'create' })}
            data-testid="signing-create"
          >
            {t('signing.newEvent')}
          </Button>
        )}
      </div>
      <div className="tj-filters">
        <Select
          value={year}
          style={{ width: 120 }}
          data-testid="signing-year"
          onChange={(y: number) => setSearchParams(y === thisYear ? {} : { year: String(y) })}
          options={years.map((y) => ({ value: y, label: t('signing.year', { year: y }) }))}
        />
        <Segmented
          value={kind}
          onChange={setKind}
          options={KINDS.map((k) => ({
            value: k,
            label: k === 'all' ? t('signing.allKinds') : t.label('eventKind', k),
          }))}
        />
        <Space className="tj-signing-year-sum" size={16} wrap>
          <span>{t('signing.yearHeld', { count: held.length })}</span>
          <span>{t('signing.yearSigned', { count: held.reduce((n, e) => n + e.signedCount, 0) })}</span>
          <span>
            {t('signing.yearInvestment')} <Money yuan={sumYuan(held.map((e) => e.signedTotalInvestment))} />
          </span>
        </Space>
      </div>
      {list.error && (
        <Alert type="error" showIcon title={errorMessage(t, list.error)} style={{ marginBottom: 16 }} />
      )}
      <Spin spinning={list.isFetching}>
        <div className="tj-calendar" data-testid="signing-calendar">
          {months.map((m) => {
            const items = byMonth(m);
            if (mobile && items.length === 0) return null;
            return (
              <section
                key={m}
                className={m === currentMonth ? 'tj-month is-current' : 'tj-month'}
                data-month={m}
              >
                <header className="tj-month-head">{t('signing.month', { month: Number(m.slice(5)) })}</header>
                {items.length === 0 ? (
                  <div className="tj-month-empty">—</div>
                ) : (
                  items.map((e) => (
                    <EventTile
                      key={e.id ?? `${e.kind}-${e.heldOn}`}
                      event={e}
                      canPrepare={canManage}
                      onPrepare={(occurrence) => setForm({ mode: 'prepare', occurrence })}
                    />
                  ))
                )}
              </section>
            );
          })}
          {mobile && events.length === 0 && !list.isFetching && <Empty description={t('signing.empty')} />}
        </div>
      </Spin>
      <EventFormDrawer
        target={form}
        onClose={() => setForm(null)}
        onSaved={(event) => {
          setForm(null);
          void navigate(`/signing-days/${event.id}`);
        }}
      />
    </>
  );
}
