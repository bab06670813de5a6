import { Alert, App, Button, Input, Modal, Select, Table, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { useT } from '../../i18n/useT';
import { isApiError } from '../../lib/api';
import { errorMessage } from '../../lib/errors';
import { useDepartments, useRegions } from '../org/queries';
import { formatFigure } from './figures';
import { shanghaiToday } from './period';
import { usePutTargets, useRankingGroups } from './queries';
import { readTargets, targetRows, templateText, type PastedRow } from './targets';
import type { MethodView } from './types';

type Props = { method: MethodView; onClose: () => void };

/** 设置目标: rows pasted from Excel (单位 | 指标 | 目标值) for a year, checked row by row, then saved at once. */
export function TargetsModal({ method, onClose }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const thisYear = Number(shanghaiToday().slice(0, 4));
  const [year, setYear] = useState(Math.max(thisYear, Number(method.validFrom.slice(0, 4))));
  const [text, setText] = useState('');
  const [serverRows, setServerRows] = useState<Map<number, string>>(new Map());
  const groups = useRankingGroups();
  const regions = useRegions();
  const departments = useDepartments();
  const put = usePutTargets();
  const units = useMemo(() => {
    const names = [...(regions.data ?? []), ...(departments.data ?? [])];
    const ids = (groups.data ?? []).filter((g) => method.groupIds.includes(g.id)).flatMap((g) => g.memberIds);
    return ids.map((id) => ({ id, name: names.find((n) => n.id === id)?.name ?? id }));
  }, [groups.data, regions.data, departments.data, method.groupIds]);
  const indicators = method.body.indicators;
  const rows = useMemo(() => readTargets(text, units, indicators), [text, units, indicators]);
  const send = targetRows(rows);
  const bad = rows.filter((r) => r.problems.length).length;

  const save = () => {
    if (!send) return;
    put.mutate(
      { methodId: method.id, year, rows: send },
      {
        onSuccess: () => {
          void message.success(t('ev.targets.saved', { n: send.length, year }));
          onClose();
        },
        onError: (error) => {
          const byRow = new Map<number, string>();
          if (isApiError(error))
            for (const d of error.details) {
              const m = /^body\.rows\.(\d+)\./.exec(d.path);
              if (m) byRow.set(Number(m[1]), t.dynamic(`fieldError.${d.code}`, d.message));
            }
          setServerRows(byRow);
          void message.error(errorMessage(t, error));
        },
      },
    );
  };

  return (
    <Modal
      open
      width={820}
      title={t('ev.targets.title', { name: method.body.name, version: method.version })}
      onCancel={onClose}
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('common.cancel')}
        </Button>,
        <Button
          key="ok"
          type="primary"
          disabled={!send}
          loading={put.isPending}
          onClick={save}
          data-testid="ev-targets-save"
        >
          {t('ev.targets.save', { n: send?.length ?? 0 })}
        </Button>,
      ]}
    >
      <div data-testid="ev-targets">
        <div className="ev-targets-head">
          <Select
            value={year}
            onChange={setYear}
            options={[thisYear - 1, thisYear, thisYear + 1].map((y) => ({
              value: y,
              label: t('ev.period.yearOption', { year: y }),
            }))}
            style={{ width: 110 }}
            data-testid="ev-targets-year"
          />
          <span className="tj-muted">{t('ev.targets.replaces', { year })}</span>
          <Button
            size="small"
            onClick={() => setText(templateText(units, indicators, t('ev.targets.header')))}
          >
            {t('ev.targets.template')}
          </Button>
        </div>
        <Input.TextArea
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setServerRows(new Map());
          }}
          rows={6}
          placeholder={t('ev.targets.placeholder')}
          className="ev-targets-paste"
          data-testid="ev-targets-paste"
        />
        {rows.length > 0 && (
          <>
            <Alert
              type={bad ? 'error' : 'success'}
              showIcon
              style={{ margin: '12px 0 8px' }}
              title={
                bad
                  ? t('ev.targets.bad', { n: bad, total: rows.length })
                  : t('ev.targets.ok', { n: rows.length })
              }
            />
            <PreviewTable rows={rows} serverRows={serverRows} indicators={indicators} />
          </>
        )}
      </div>
    </Modal>
  );
}

function PreviewTable({
  rows,
  serverRows,
  indicators,
}: {
  rows: PastedRow[];
  serverRows: Map<number, string>;
  indicators: MethodView['body']['indicators'];
}) {
  const t = useT();
  return (
    <Table<PastedRow>
      size="small"
      rowKey="line"
      dataSource={rows}
      pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      scroll={{ x: 'max-content', y: 280 }}
      rowClassName={(r) => (r.problems.length ? 'ev-row-bad' : '')}
      data-testid="ev-targets-preview"
      columns={[
        { title: t('ev.targets.col.line'), dataIndex: 'line', width: 56 },
        { title: t('ev.targets.col.unit'), key: 'unit', render: (_, r) => r.unitName ?? r.cells[0] },
        { title: t('ev.targets.col.indicator'), key: 'ind', render: (_, r) => r.indicatorName ?? r.cells[1] },
        {
          title: t('ev.targets.col.value'),
          key: 'value',
          align: 'right',
          render: (_, r) => {
            const metric = indicators.find((i) => i.key === r.indicatorKey)?.metric;
            return r.value && metric ? formatFigure(t, metric, r.value) : r.cells[2];
          },
        },
        {
          title: t('ev.targets.col.problems'),
          key: 'problems',
          render: (_, r, index) => (
            <>
              {r.problems.map((p) => (
                <Tag key={p} color="error">
                  {t(`ev.targets.problem.${p}`)}
                </Tag>
              ))}
              {serverRows.has(index) && <Tag color="error">{serverRows.get(index)}</Tag>}
            </>
          ),
        },
      ]}
    />
  );
}
