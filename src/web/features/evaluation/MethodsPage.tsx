import { Alert, App, Button, Card, Empty, Spin, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useT } from '../../i18n/useT';
import { errorMessage } from '../../lib/errors';
import { PlusIcon } from '../../lib/icons';
import { shanghaiDateTime } from '../../lib/shanghaiTime';
import { useIsMobile } from '../../lib/useIsMobile';
import { MethodEditor } from './MethodEditor';
import { MethodSummary } from './MethodSummary';
import { useMethods, usePublishMethod, useRankingGroups } from './queries';
import { TargetsModal } from './TargetsModal';
import type { MethodView } from './types';
import { VersionCards } from './VersionCards';
import './evaluation.css';
import './methods.css';

type Editing = { base: MethodView | null; newFamily: boolean };

/** /evaluation/methods: 考评办法 — every version per family; draft, publish (then frozen), targets. */
export function MethodsPage() {
  const t = useT();
  const { modal, message } = App.useApp();
  const mobile = useIsMobile();
  const methods = useMethods();
  const groups = useRankingGroups();
  const publish = usePublishMethod();
  const [editing, setEditing] = useState<Editing | null>(null);
  const [targets, setTargets] = useState<MethodView | null>(null);
  const families = [...new Set((methods.data ?? []).map((m) => m.family))];
  const groupName = (id: string) => groups.data?.find((g) => g.id === id)?.name ?? id;

  const confirmPublish = (m: MethodView) =>
    modal.confirm({
      title: t('ev.methods.publishTitle', { name: m.body.name, version: m.version }),
      content: t('ev.methods.publishText', { validFrom: m.validFrom }),
      okText: t('ev.methods.publishOk'),
      cancelText: t('common.cancel'),
      okButtonProps: { ...({ 'data-testid': 'ev-method-publish-ok' } as object) },
      onOk: () =>
        publish
          .mutateAsync(m.id)
          .then(() => void message.success(t('ev.methods.published', { version: m.version })))
          .catch((error: unknown) => void message.error(errorMessage(t, error))),
    });

  const actions = (m: MethodView) => (
    <span className="ev-actions">
      {m.status === 'draft' && (
        <Button size="small" type="primary" onClick={() => confirmPublish(m)} data-testid="ev-method-publish">
          {t('ev.methods.publish')}
        </Button>
      )}
      {m.body.indicators.some((i) => i.target !== 'none') && (
        <Button size="small" onClick={() => setTargets(m)} data-testid="ev-method-targets">
          {t('ev.methods.targets')}
        </Button>
      )}
      <Button size="small" onClick={() => setEditing({ base: m, newFamily: false })}>
        {t('ev.methods.newVersion')}
      </Button>
    </span>
  );

  const columns: TableColumnsType<MethodView> = [
    { title: t('ev.methods.col.version'), dataIndex: 'version', width: 70, render: (v: number) => `v${v}` },
    { title: t('ev.methods.col.name'), key: 'name', render: (_, m) => m.body.name },
    {
      title: t('ev.methods.col.status'),
      dataIndex: 'status',
      width: 90,
      render: (s: MethodView['status']) => (
        <Tag color={s === 'published' ? 'success' : 'gold'}>{t(`ev.methodStatus.${s}`)}</Tag>
      ),
    },
    { title: t('ev.methods.col.validFrom'), dataIndex: 'validFrom', width: 110 },
    {
      title: t('ev.methods.col.groups'),
      key: 'groups',
      render: (_, m) => m.groupIds.map(groupName).join('、'),
    },
    {
      title: t('ev.methods.col.published'),
      dataIndex: 'publishedAt',
      width: 150,
      render: (at: string | null) => (at ? shanghaiDateTime(at) : '—'),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, m) => actions(m),
    },
  ];

  return (
    <>
      <div className="tj-page-head">
        <div>
          <h1 className="tj-page-title">{t('ev.methods.title')}</h1>
          <div className="tj-page-subtitle">{t('ev.methods.subtitle')}</div>
        </div>
        <div className="ev-head-actions">
          <Link to="/evaluation">{t('ev.methods.back')}</Link>
          <Button
            type="primary"
            icon={<PlusIcon />}
            onClick={() => setEditing({ base: null, newFamily: true })}
            data-testid="ev-method-new"
          >
            {t('ev.methods.new')}
          </Button>
        </div>
      </div>
      {methods.isPending && <Spin style={{ display: 'block', margin: '64px auto' }} />}
      {methods.error && <Alert type="error" showIcon title={errorMessage(t, methods.error)} />}
      {methods.data && families.length === 0 && (
        <Card variant="borderless">
          <Empty description={t('ev.methods.empty')} />
        </Card>
      )}
      {families.map((family) => {
        const versions = (methods.data ?? []).filter((m) => m.family === family);
        return (
          <Card
            key={family}
            variant="borderless"
            style={{ marginBottom: 16 }}
            title={
              <span className="ev-family-title">
                {versions[0]?.body.name}
                <span className="tj-muted ev-family-id">{family}</span>
              </span>
            }
            data-testid={`ev-family-${family}`}
          >
            {mobile ? (
              <VersionCards versions={versions} groupName={groupName} actions={actions} />
            ) : (
              <Table<MethodView>
                rowKey="id"
                size="small"
                columns={columns}
                dataSource={versions}
                pagination={false}
                scroll={{ x: 960 }}
                expandable={{ expandedRowRender: (m) => <MethodSummary method={m} /> }}
              />
            )}
          </Card>
        );
      })}
      {editing && (
        <MethodEditor
          base={editing.base}
          newFamily={editing.newFamily}
          onClose={() => setEditing(null)}
          onCreated={() => setEditing(null)}
        />
      )}
      {targets && <TargetsModal method={targets} onClose={() => setTargets(null)} />}
    </>
  );
}
