import { Button, Card, Empty, Pagination, Spin, Table, Tooltip } from 'antd';
import type { TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { useT } from '../../i18n/useT';
import { InvestorFlagTags, InvestorKindTag, InvestorOrigin } from './InvestorTags';
import type { Investor } from './types';

type Props = {
  items: Investor[];
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  onPage: (page: number, pageSize: number) => void;
  canEdit: (investor: Investor) => boolean;
  onEdit: (investor: Investor) => void;
  mobile: boolean;
};

function FirstContact({ investor }: { investor: Investor }) {
  const t = useT();
  const first = investor.contacts[0];
  if (!first) return <span className="tj-muted">—</span>;
  return (
    <div>
      <div>
        {first.name}
        {first.title ? <span className="tj-muted"> · {first.title}</span> : null}
      </div>
      {first.phone && (
        <a href={`tel:${first.phone}`} className="tj-project-sub">
          {first.phone}
        </a>
      )}
      {investor.contacts.length > 1 && (
        <div className="tj-project-sub">
          {t('investor.moreContacts', { n: investor.contacts.length - 1 })}
        </div>
      )}
    </div>
  );
}

function EditButton({
  investor,
  canEdit,
  onEdit,
}: Pick<Props, 'canEdit' | 'onEdit'> & { investor: Investor }) {
  const t = useT();
  const allowed = canEdit(investor);
  return (
    <Tooltip title={allowed ? undefined : t('investor.keptElsewhere')}>
      <Button
        size="small"
        disabled={!allowed}
        data-testid="investor-edit"
        onClick={(e) => {
          e.stopPropagation();
          onEdit(investor);
        }}
      >
        {t('common.edit')}
      </Button>
    </Tooltip>
  );
}

/** The registry as a table (cards on phones). */
export function InvestorList(props: Props) {
  const t = useT();
  const { items, total, page, pageSize, loading, onPage, mobile } = props;
  if (mobile) {
    return (
      <Spin spinning={loading}>
        <div className="tj-card-list" data-testid="investor-cards">
          {items.length === 0 && !loading && <Empty description={t('investor.empty')} />}
          {items.map((i) => (
            <Card key={i.id} size="small" data-testid="investor-card">
              <div className="tj-project-card-head">
                <div style={{ minWidth: 0 }}>
                  <div className="tj-project-name">{i.name}</div>
                  <div className="tj-project-sub tj-break">{i.creditCode ?? t('investor.noCreditCode')}</div>
                </div>
                <InvestorKindTag kind={i.kind} />
              </div>
              <dl className="tj-project-card-meta">
                <dt>{t('investor.col.origin')}</dt>
                <dd>
                  <InvestorOrigin investor={i} />
                </dd>
                <dt>{t('investor.col.ownership')}</dt>
                <dd>{i.ownership ? t.label('ownership', i.ownership) : '—'}</dd>
                <dt>{t('investor.col.contact')}</dt>
                <dd>
                  <FirstContact investor={i} />
                </dd>
              </dl>
              <div className="tj-card-foot">
                <InvestorFlagTags investor={i} />
                <EditButton investor={i} canEdit={props.canEdit} onEdit={props.onEdit} />
              </div>
            </Card>
          ))}
        </div>
        {total > pageSize && (
          <Pagination
            style={{ marginTop: 12, justifyContent: 'center' }}
            simple
            current={page}
            pageSize={pageSize}
            total={total}
            onChange={onPage}
          />
        )}
      </Spin>
    );
  }
  const columns: TableColumnsType<Investor> = [
    {
      title: t('investor.col.name'),
      dataIndex: 'name',
      render: (_, i) => (
        <div>
          <div className="tj-project-name">{i.name}</div>
          <div className="tj-project-sub">
            {i.creditCode ? <code>{i.creditCode}</code> : t('investor.noCreditCode')}
            {i.industry ? ` · ${i.industry}` : ''}
          </div>
        </div>
      ),
    },
    {
      title: t('investor.col.kind'),
      dataIndex: 'kind',
      width: 104,
      render: (_, i) => (
        <div>
          <InvestorKindTag kind={i.kind} />
          {i.ownership && <div className="tj-project-sub">{t.label('ownership', i.ownership)}</div>}
        </div>
      ),
    },
    {
      title: t('investor.col.origin'),
      key: 'origin',
      width: 160,
      render: (_, i) => <InvestorOrigin investor={i} />,
    },
    {
      title: t('investor.col.flags'),
      key: 'flags',
      width: 170,
      render: (_, i) => <InvestorFlagTags investor={i} />,
    },
    {
      title: t('investor.col.contact'),
      key: 'contact',
      width: 150,
      render: (_, i) => <FirstContact investor={i} />,
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 76,
      fixed: 'right',
      render: (_, i) => <EditButton investor={i} canEdit={props.canEdit} onEdit={props.onEdit} />,
    },
  ];
  return (
    <Table<Investor>
      data-testid="investor-table"
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={items}
      loading={loading}
      scroll={{ x: 900 }}
      onRow={() => ({ 'data-testid': 'investor-row' }) as HTMLAttributes<HTMLElement>}
      locale={{ emptyText: t('investor.empty') }}
      pagination={{
        current: page,
        pageSize,
        total,
        showSizeChanger: true,
        pageSizeOptions: [10, 20, 50, 100],
        showTotal: (n) => t('common.total', { total: n }),
        onChange: onPage,
      }}
    />
  );
}
