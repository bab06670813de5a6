import { Alert, App, Button, Input, Table, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { useT } from '../../i18n/useT';
import { isApiError } from '../../lib/api';
import { errorMessage } from '../../lib/errors';
import { formatFigure } from './figures';
import { usePutTargets } from './queries';
import { mergeTargets, readTargets, targetRows, templateText, type PastedRow } from './targets';
import { useTargets, useTargetsChanged } from './targetsQueries';
import type { MethodView } from './types';

type Unit = { id: string; name: string };
type Indicators = MethodView['body']['indicators'];

/** The paste tab's state: the text, its rows as read, the server's word on them, and saving. */
export function usePasteTargets(method: MethodView, year: number, units: Unit[], onSaved: () => void) {
  const t = useT();
  const { message } = App.useApp();
  const [text, setText] = useState('');
  const [serverRows, setServerRows] = useState<Map<number, string>>(new Map());
  const put = usePutTargets();
  const changed = useTargetsChanged();
  const current = useTargets(method.id, year);
  const indicators = method.body.indicators;
  const rows = useMemo(() => readTargets(text, units, indicators), [text, units, indicators]);
  const send = targetRows(rows);

  const save = () => {
    if (!send || !current.data) return;
    put.mutate(
      // The targets not pasted stay as they are.
      { methodId: method.id, year, rows: mergeTargets(current.data.rows, send) },
      {
        onSuccess: () => {
          void changed();
          void message.success(t('ev.targets.saved', { n: send.length, year }));
          onSaved();
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
  const edit = (value: string) => {
    setText(value);
    setServerRows(new Map());
  };
  return {
    text,
    edit,
    rows,
    send: current.data ? send : null,
    current: current.data?.rows ?? [],
    serverRows,
    save,
    saving: put.isPending,
  };
}

type Props = {
  paste: ReturnType<typeof usePasteTargets>;
  units: Unit[];
  indicators: Indicators;
};

/** 粘贴: rows copied from Excel (单位 | 指标 | 目标值), checked row by row as they are typed. */
export function TargetsPaste({ paste, units, indicators }: Props) {
  const t = useT();
  const { rows } = paste;
  const bad = rows.filter((r) => r.problems.length).length;
  return (
    <>
      <div className="ev-targets-head">
        <Button
          size="small"
          onClick={() => paste.edit(templateText(units, indicators, t('ev.targets.header'), paste.current))}
        >
          {t('ev.targets.template')}
        </Button>
      </div>
      <Input.TextArea
        value={paste.text}
        onChange={(e) => paste.edit(e.target.value)}
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
          <PreviewTable rows={rows} serverRows={paste.serverRows} indicators={indicators} />
        </>
      )}
    </>
  );
}

function PreviewTable({
  rows,
  serverRows,
  indicators,
}: {
  rows: PastedRow[];
  serverRows: Map<number, string>;
  indicators: Indicators;
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
