import { Alert, App, Button, Table, Upload } from 'antd';
import { useState } from 'react';
import type { Translate } from '../../i18n/translate';
import { useT } from '../../i18n/useT';
import { isApiError } from '../../lib/api';
import { errorMessage } from '../../lib/errors';
import { DownloadIcon, ImportIcon } from '../../lib/icons';
import { ImportProblems } from '../imports/ImportProblems';
import type { ImportProblem } from '../imports/types';
import { formatFigure } from './figures';
import { downloadTargetsTemplate, useImportTargets, type TargetsImport } from './targetsQueries';
import { localiseProblems } from './targetsReason';
import type { MethodView } from './types';
import '../imports/imports.css';

type Unit = { id: string; name: string };
type Phase =
  | { kind: 'idle' }
  | { kind: 'checking'; year: number; file: File }
  | { kind: 'checked'; year: number; file: File; report: TargetsImport }
  | { kind: 'failed'; year: number; file: File; message: string; problems: ImportProblem[] };

/**
 * The upload tab's state: a file is checked (dry run) as soon as it is chosen; only a file without
 * problems can be committed, and a check made for another year counts for nothing.
 */
export function useTargetsUpload(method: MethodView, year: number, onImported: () => void) {
  const t = useT();
  const { message } = App.useApp();
  const [state, setState] = useState<Phase>({ kind: 'idle' });
  const send = useImportTargets(method.id);
  const phase: Phase = state.kind !== 'idle' && state.year !== year ? { kind: 'idle' } : state;

  const run = (file: File, dryRun: boolean) => {
    if (dryRun) setState({ kind: 'checking', year, file });
    send.mutate(
      { file, year, dryRun },
      {
        onSuccess: (report) => {
          if (dryRun) return setState({ kind: 'checked', year, file, report });
          void message.success(t('ev.targets.imported', { n: report.written, year }));
          onImported();
        },
        onError: (error) =>
          setState({
            kind: 'failed',
            year,
            file,
            message: errorMessage(t, error),
            problems:
              isApiError(error, 'IMPORT_INVALID') && Array.isArray(error.params.problems)
                ? (error.params.problems as ImportProblem[])
                : [],
          }),
      },
    );
  };
  const ready = phase.kind === 'checked' && !phase.report.problems.length && phase.report.rows.length > 0;
  return {
    phase,
    check: (file: File) => run(file, true),
    commit: () => phase.kind === 'checked' && run(phase.file, false),
    ready,
    count: ready ? phase.report.rows.length : 0,
    pending: send.isPending,
  };
}

type Props = {
  upload: ReturnType<typeof useTargetsUpload>;
  method: MethodView;
  year: number;
  units: Unit[];
};

/** 上传文件: download the year's sheet, fill it in, upload it; its problems or the rows it will write. */
export function TargetsUpload({ upload, method, year, units }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const { phase } = upload;
  const template = () =>
    downloadTargetsTemplate(method.id, year, t('ev.targets.fileName', { year })).catch(
      (error: unknown) => void message.error(errorMessage(t, error)),
    );
  const problems = localiseProblems(
    t,
    phase.kind === 'failed' ? phase.problems : phase.kind === 'checked' ? phase.report.problems : [],
  );
  const said = summary(t, upload, problems.length, year);

  return (
    <>
      <div className="ev-targets-head">
        <Button size="small" icon={<DownloadIcon />} onClick={template} data-testid="ev-targets-download">
          {t('ev.targets.download')}
        </Button>
        <span className="tj-muted">{t('ev.targets.uploadHint', { year })}</span>
      </div>
      <div data-testid="ev-targets-upload">
        <Upload.Dragger
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          multiple={false}
          showUploadList={false}
          disabled={upload.pending}
          beforeUpload={(f) => {
            upload.check(f);
            return false;
          }}
        >
          {phase.kind === 'idle' ? (
            <>
              <p className="tj-import-drop-icon">
                <ImportIcon />
              </p>
              <p>{t('ev.targets.drop')}</p>
              <p className="tj-muted">{t('ev.targets.dropHint')}</p>
            </>
          ) : (
            <span>
              <ImportIcon /> {t('ev.targets.dropAgain')}
            </span>
          )}
        </Upload.Dragger>
      </div>
      {said && (
        <Alert
          type={said.type}
          showIcon
          style={{ margin: '12px 0 8px' }}
          data-testid="ev-targets-upload-summary"
          title={said.text}
        />
      )}
      {problems.length > 0 && <ImportProblems problems={problems} />}
      {upload.ready && phase.kind === 'checked' && (
        <RowsPreview rows={phase.report.rows} units={units} indicators={method.body.indicators} />
      )}
    </>
  );
}

/** What became of the file, in a line: being checked, its problems, a refusal, or ready to import. */
function summary(
  t: Translate,
  { phase, ready, count }: ReturnType<typeof useTargetsUpload>,
  problems: number,
  year: number,
): { type: 'info' | 'error' | 'success'; text: string } | null {
  if (phase.kind === 'idle') return null;
  const name = phase.file.name;
  if (phase.kind === 'checking') return { type: 'info', text: t('ev.targets.checking', { name }) };
  if (problems) return { type: 'error', text: t('ev.targets.fileProblems', { name, n: problems }) };
  if (phase.kind === 'failed')
    return { type: 'error', text: t('ev.targets.fileFailed', { name, message: phase.message }) };
  if (!ready) return { type: 'error', text: t('ev.targets.fileEmpty', { name }) };
  return { type: 'success', text: t('ev.targets.fileOk', { name, n: count, year }) };
}

/** The rows the commit will write, as the server read them. */
function RowsPreview({
  rows,
  units,
  indicators,
}: {
  rows: TargetsImport['rows'];
  units: Unit[];
  indicators: MethodView['body']['indicators'];
}) {
  const t = useT();
  return (
    <Table<TargetsImport['rows'][number]>
      size="small"
      rowKey="row"
      dataSource={rows}
      pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      scroll={{ x: 'max-content', y: 280 }}
      data-testid="ev-targets-upload-preview"
      columns={[
        { title: t('import.col.row'), dataIndex: 'row', width: 64 },
        {
          title: t('ev.targets.col.unit'),
          dataIndex: 'unitId',
          render: (id: string) => units.find((u) => u.id === id)?.name ?? id,
        },
        {
          title: t('ev.targets.col.indicator'),
          dataIndex: 'indicatorKey',
          render: (key: string) => indicators.find((i) => i.key === key)?.name ?? key,
        },
        {
          title: t('ev.targets.col.value'),
          key: 'value',
          align: 'right',
          render: (_, r) => {
            const metric = indicators.find((i) => i.key === r.indicatorKey)?.metric;
            return metric ? formatFigure(t, metric, r.value) : r.value;
          },
        },
      ]}
    />
  );
}
