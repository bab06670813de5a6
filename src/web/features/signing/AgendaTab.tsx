import { App, Button, Card, Empty, Popconfirm, Space, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { type HTMLAttributes, useState } from 'react';
import { Link } from 'react-router';
import { sumYuan } from '../../../domain/money/money';
import { useT } from '../../i18n/useT';
import { errorMessage } from '../../lib/errors';
import { formatDate } from '../../lib/format';
import { PlusIcon } from '../../lib/icons';
import { useIsMobile } from '../../lib/useIsMobile';
import { useRegions } from '../org/queries';
import { Money, UsdMoney } from '../projects/Money';
import { StageTag } from '../projects/StageTag';
import { AgendaModal } from './AgendaModal';
import { useWithdrawFromAgenda } from './queries';
import type { AgendaItem, EventDetail } from './types';

const STATUS_COLORS = { planned: 'blue', signed: 'green', withdrawn: 'default' } as const;

function FundSplit({ item }: { item: AgendaItem }) {
  const t = useT();
  const parts = [
    ['signing.short.out', item.fundsOutOfProvince],
    ['signing.short.in', item.fundsInProvince],
    ['signing.short.local', item.fundsLocal],
  ] as const;
  const shown = parts.filter(([, v]) => v && v !== '0.00');
  if (shown.length === 0 && !item.fundsForeignUsd) return <span className="tj-muted">—</span>;
  return (
    <div className="tj-fund-split">
      {shown.map(([label, v]) => (
        <div key={label}>
          <span className="tj-muted">{t(label)}</span> <Money yuan={v} />
        </div>
      ))}
      {item.fundsForeignUsd && item.fundsForeignUsd !== '0.00' && (
        <div>
          <span className="tj-muted">{t('signing.short.usd')}</span> <UsdMoney usd={item.fundsForeignUsd} />
        </div>
      )}
    </div>
  );
}

/** The agenda: the projects to sign that day with their planned signing; add, change, withdraw. */
export function AgendaTab({ event, canPropose }: { event: EventDetail; canPropose: boolean }) {
  const t = useT();
  const mobile = useIsMobile();
  const { message } = App.useApp();
  const regions = useRegions();
  const withdraw = useWithdrawFromAgenda(event.id);
  const [target, setTarget] = useState<AgendaItem | 'new' | null>(null);
  const open = event.status === 'planned' && canPropose;
  const active = event.agenda.filter((a) => a.status !== 'withdrawn');
  const venue = (id: string | null) =>
    id ? (regions.data?.find((r) => r.id === id)?.name ?? id) : t('agenda.mainVenue');
  const doWithdraw = (a: AgendaItem) =>
    withdraw.mutateAsync(a.projectId).then(
      () => void message.success(t('agenda.withdrawn', { name: a.name })),
      (error: unknown) => void message.error(errorMessage(t, error)),
    );

  const actions = (a: AgendaItem) =>
    open && a.status === 'planned' ? (
      <Space size={4}>
        <Button size="small" onClick={() => setTarget(a)} data-testid="agenda-edit">
          {t('common.edit')}
        </Button>
        <Popconfirm
          title={t('agenda.withdrawConfirm', { name: a.name })}
          okText={t('agenda.withdraw')}
          cancelText={t('common.cancel')}
          okButtonProps={{ danger: true }}
          onConfirm={() => doWithdraw(a)}
        >
          <Button size="small" danger data-testid="agenda-withdraw">
            {t('agenda.withdraw')}
          </Button>
        </Popconfirm>
      </Space>
    ) : null;

  const columns: TableColumnsType<AgendaItem> = [
    { title: t('agenda.col.no'), key: 'no', width: 48, render: (_, __, i) => i + 1 },
    {
      title: t('projects.col.name'),
      dataIndex: 'name',
      render: (_, a) => (
        <div>
          <Link to={`/projects/${a.projectId}`} className="tj-project-name">
            {a.name}
          </Link>
          <div className="tj-project-sub">
            {a.code} · {a.investorName}
          </div>
        </div>
      ),
    },
    { title: t('projects.col.region'), dataIndex: 'regionName', width: 88 },
    {
      title: t('projects.col.stage'),
      dataIndex: 'stage',
      width: 72,
      render: (_, a) => <StageTag stage={a.stage} />,
    },
    {
      title: t('project.field.contractedInvestment'),
      dataIndex: 'contractedInvestment',
      width: 116,
      align: 'right',
      render: (v: string, a) => (
        <div>
          <Money yuan={v} />
          <div className="tj-project-sub">{t.label('signingType', a.signingType)}</div>
        </div>
      ),
    },
    {
      title: t('projects.col.totalInvestment'),
      dataIndex: 'totalInvestment',
      width: 108,
      align: 'right',
      render: (v: string) => <Money yuan={v} />,
    },
    { title: t('signing.fundSplit'), key: 'funds', width: 150, render: (_, a) => <FundSplit item={a} /> },
    {
      title: t('agenda.col.venueStart'),
      key: 'venue',
      width: 128,
      render: (_, a) => (
        <div>
          {venue(a.venueRegionId)}
          <div className="tj-project-sub">
            {a.startBy ? t('agenda.startBy', { date: formatDate(a.startBy) }) : ''}
          </div>
        </div>
      ),
    },
    {
      title: t('agenda.col.status'),
      dataIndex: 'status',
      width: 76,
      render: (v: AgendaItem['status']) => <Tag color={STATUS_COLORS[v]}>{t.label('agendaStatus', v)}</Tag>,
    },
    ...(open
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 124,
            fixed: 'right' as const,
            render: (_: unknown, a: AgendaItem) => actions(a),
          },
        ]
      : []),
  ];

  return (
    <Card
      variant="borderless"
      data-testid="signing-agenda"
      title={t('agenda.summary', {
        count: active.length,
        planned: event.agenda.filter((a) => a.status === 'planned').length,
      })}
      extra={
        <Space wrap>
          <span className="tj-muted">
            {t('agenda.totalInvestment')} <Money yuan={sumYuan(active.map((a) => a.totalInvestment))} />
          </span>
          {open && (
            <Button
              type="primary"
              icon={<PlusIcon />}
              onClick={() => setTarget('new')}
              data-testid="agenda-add"
            >
              {t('agenda.add')}
            </Button>
          )}
        </Space>
      }
    >
      {mobile ? (
        <div className="tj-card-list">
          {event.agenda.length === 0 && <Empty description={t('agenda.empty')} />}
          {event.agenda.map((a) => (
            <Card key={a.projectId} size="small" data-testid="agenda-row">
              <div className="tj-project-card-head">
                <div style={{ minWidth: 0 }}>
                  <Link to={`/projects/${a.projectId}`} className="tj-project-name">
                    {a.name}
                  </Link>
                  <div className="tj-project-sub">
                    {a.code} · {a.regionName}
                  </div>
                </div>
                <Tag color={STATUS_COLORS[a.status]}>{t.label('agendaStatus', a.status)}</Tag>
              </div>
              <dl className="tj-project-card-meta">
                <dt>{t('project.field.signingType')}</dt>
                <dd>{t.label('signingType', a.signingType)}</dd>
                <dt>{t('projects.col.totalInvestment')}</dt>
                <dd>
                  <Money yuan={a.totalInvestment} />
                </dd>
                <dt>{t('project.field.contractedInvestment')}</dt>
                <dd>
                  <Money yuan={a.contractedInvestment} />
                </dd>
                <dt>{t('agenda.venue')}</dt>
                <dd>{venue(a.venueRegionId)}</dd>
              </dl>
              {actions(a) && <div className="tj-card-foot">{actions(a)}</div>}
            </Card>
          ))}
        </div>
      ) : (
        <Table<AgendaItem>
          rowKey="projectId"
          size="middle"
          columns={columns}
          dataSource={event.agenda}
          pagination={false}
          key={open ? 'open' : 'closed'}
          scroll={{ x: open ? 1110 : 980 }}
          locale={{ emptyText: t('agenda.empty') }}
          onRow={(a) =>
            ({ 'data-testid': 'agenda-row', 'data-status': a.status }) as HTMLAttributes<HTMLElement>
          }
          rowClassName={(a) => (a.status === 'withdrawn' ? 'tj-row-muted' : '')}
        />
      )}
      <AgendaModal event={event} target={target} onClose={() => setTarget(null)} />
    </Card>
  );
}
