import { Alert, App, Button, Input, Segmented, Select, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { type HTMLAttributes, useState } from 'react';
import { useT } from '../../i18n/useT';
import { errorMessage } from '../../lib/errors';
import { SearchIcon } from '../../lib/icons';
import { useIsMobile } from '../../lib/useIsMobile';
import { usePutUnitHeads, useUnitHeads } from './queries';
import type { UnitHeads, UnitKind } from './types';

const keyOf = (e: UnitHeads) => `${e.unit.kind}:${e.unit.id}`;
const same = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

/**
 * 单位负责人: each unit (departments, then counties) with its head(s), chosen among the unit's
 * accounts and saved per row. Escalation level 2 (超期 1 天) goes to them.
 */
export function UnitHeadsTab() {
  const t = useT();
  const mobile = useIsMobile();
  const { message } = App.useApp();
  const list = useUnitHeads();
  const put = usePutUnitHeads();
  const [draft, setDraft] = useState<Record<string, string[]>>({});
  const [kind, setKind] = useState<UnitKind | 'all'>('all');
  const [q, setQ] = useState('');

  const chosen = (e: UnitHeads) => draft[keyOf(e)] ?? e.heads.map((h) => h.id);
  const dirty = (e: UnitHeads) =>
    !same(
      chosen(e),
      e.heads.map((h) => h.id),
    );
  const drop = (key: string) =>
    setDraft((d) => Object.fromEntries(Object.entries(d).filter(([k]) => k !== key)));
  const save = (e: UnitHeads) =>
    put.mutate(
      { kind: e.unit.kind, unitId: e.unit.id, userIds: chosen(e) },
      {
        onSuccess: () => {
          drop(keyOf(e));
          void message.success(t('nf.heads.saved', { unit: e.unit.name }));
        },
        onError: (error) => void message.error(errorMessage(t, error)),
      },
    );

  const rows = (list.data ?? []).filter(
    (e) => (kind === 'all' || e.unit.kind === kind) && (!q.trim() || e.unit.name.includes(q.trim())),
  );
  const picker = (e: UnitHeads) => (
    <Select<string[]>
      mode="multiple"
      className="tj-nf-heads-select"
      value={chosen(e)}
      onChange={(ids) => setDraft((d) => ({ ...d, [keyOf(e)]: ids }))}
      placeholder={e.candidates.length ? t('nf.heads.none') : t('nf.heads.noCandidates')}
      disabled={e.candidates.length === 0 && e.heads.length === 0}
      showSearch={{ optionFilterProp: 'label' }}
      maxCount={10}
      data-testid="unit-heads-select"
      options={e.candidates.map((c) => ({ value: c.id, label: `${c.displayName}（${c.username}）` }))}
    />
  );
  const saveButton = (e: UnitHeads) => (
    <Button
      type={dirty(e) ? 'primary' : 'default'}
      size="small"
      disabled={!dirty(e)}
      loading={put.isPending && put.variables.unitId === e.unit.id && put.variables.kind === e.unit.kind}
      onClick={() => save(e)}
      data-testid="unit-heads-save"
    >
      {t('common.save')}
    </Button>
  );
  const unitCell = (e: UnitHeads) => <span className="tj-nf-unit">{e.unit.name}</span>;

  const columns: TableColumnsType<UnitHeads> = mobile
    ? [
        {
          key: 'all',
          render: (_, e) => (
            <div className="tj-nf-card">
              {unitCell(e)}
              <div className="tj-nf-heads-row">
                {picker(e)}
                {saveButton(e)}
              </div>
            </div>
          ),
        },
      ]
    : [
        { title: t('nf.heads.unit'), key: 'unit', width: 240, render: (_, e) => unitCell(e) },
        {
          title: t('nf.heads.kind'),
          key: 'kind',
          width: 100,
          render: (_, e) => t(`sv.unitKind.${e.unit.kind}`),
        },
        { title: t('nf.heads.heads'), key: 'heads', render: (_, e) => picker(e) },
        { title: t('common.actions'), key: 'save', width: 90, render: (_, e) => saveButton(e) },
      ];

  return (
    <>
      <Alert
        type="info"
        showIcon={!mobile}
        className="tj-nf-explain"
        title={t('nf.heads.explain')}
        description={
          <Typography.Paragraph
            className="tj-nf-explain-more"
            ellipsis={mobile ? { rows: 2, expandable: true, symbol: t('nf.heads.more') } : false}
          >
            {t('nf.heads.explainMore')}
          </Typography.Paragraph>
        }
      />
      <div className="tj-filters">
        <Segmented<UnitKind | 'all'>
          value={kind}
          onChange={setKind}
          options={[
            { value: 'all', label: t('nf.heads.all') },
            { value: 'department', label: t('sv.unitKind.department') },
            { value: 'region', label: t('sv.unitKind.region') },
          ]}
        />
        <Input
          allowClear
          prefix={<SearchIcon />}
          placeholder={t('nf.heads.search')}
          value={q}
          onChange={(ev) => setQ(ev.target.value)}
          style={{ maxWidth: 240 }}
        />
      </div>
      {list.error && (
        <Alert type="error" showIcon title={errorMessage(t, list.error)} style={{ marginBottom: 16 }} />
      )}
      <Table<UnitHeads>
        data-testid="unit-heads-table"
        rowKey={keyOf}
        size="middle"
        showHeader={!mobile}
        columns={columns}
        dataSource={rows}
        loading={list.isPending}
        pagination={false}
        onRow={(e) => ({ 'data-unit': e.unit.id }) as HTMLAttributes<HTMLElement>}
      />
    </>
  );
}
