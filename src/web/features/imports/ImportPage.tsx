import { Alert, App, Button, Card, Result, Space, Upload } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useT } from '../../i18n/useT';
import { isApiError } from '../../lib/api';
import { downloadFile } from '../../lib/download';
import { errorMessage } from '../../lib/errors';
import { formatBytes } from '../../lib/format';
import { DownloadIcon, ImportIcon } from '../../lib/icons';
import { DUPLICATE_READERS } from '../auth/permissions';
import { useCurrentUser } from '../auth/queries';
import { ImportPreview } from './ImportPreview';
import { ImportProblems } from './ImportProblems';
import { useProjectImport } from './queries';
import type { ImportProblem, ImportReport } from './types';
import { UploadProgress } from './UploadProgress';
import '../projects/projects.css';
import './imports.css';

type Phase =
  | { kind: 'idle' }
  | { kind: 'sending'; dryRun: boolean; percent: number; processing: boolean }
  | { kind: 'checked'; report: ImportReport }
  | { kind: 'done'; report: ImportReport }
  | { kind: 'failed'; message: string; problems: ImportProblem[] };

/** /imports: template, upload with progress, dry run naming every bad cell, then the commit. */
export function ImportPage() {
  const t = useT();
  const me = useCurrentUser();
  const { message } = App.useApp();
  const run = useProjectImport();
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [templateBusy, setTemplateBusy] = useState(false);

  const send = (chosen: File, dryRun: boolean) => {
    setPhase({ kind: 'sending', dryRun, percent: 0, processing: false });
    run.mutate(
      {
        file: chosen,
        dryRun,
        onProgress: (p) => setPhase({ kind: 'sending', dryRun, percent: p.percent, processing: false }),
        onUploaded: () => setPhase({ kind: 'sending', dryRun, percent: 100, processing: true }),
      },
      {
        onSuccess: (report) => setPhase(dryRun ? { kind: 'checked', report } : { kind: 'done', report }),
        onError: (error) => {
          const problems =
            isApiError(error, 'IMPORT_INVALID') && Array.isArray(error.params.problems)
              ? (error.params.problems as ImportProblem[])
              : [];
          const text = isApiError(error, 'FILE_INVALID')
            ? t('import.fileInvalid', { message: error.message })
            : errorMessage(t, error);
          setPhase({ kind: 'failed', message: text, problems });
        },
      },
    );
  };

  const template = () => {
    setTemplateBusy(true);
    downloadFile('/api/imports/projects/template', t('import.templateFile'))
      .catch((error: unknown) => void message.error(errorMessage(t, error)))
      .finally(() => setTemplateBusy(false));
  };

  const reset = () => {
    setFile(null);
    setPhase({ kind: 'idle' });
  };
  const busy = phase.kind === 'sending';
  const report = phase.kind === 'checked' || phase.kind === 'done' ? phase.report : null;

  return (
    <>
      <div className="tj-page-head">
        <div>
          <h1 className="tj-page-title">{t('import.title')}</h1>
          <div className="tj-page-subtitle">{t('import.subtitle')}</div>
        </div>
      </div>
      <div className="tj-import">
        <Card variant="borderless" title={t('import.step1')}>
          <p className="tj-muted" style={{ marginTop: 0 }}>
            {t('import.templateHint')}
          </p>
          <Button
            icon={<DownloadIcon />}
            loading={templateBusy}
            onClick={template}
            data-testid="import-template"
          >
            {t('import.downloadTemplate')}
          </Button>
        </Card>
        <Card variant="borderless" title={t('import.step2')}>
          <div data-testid="import-upload">
            <Upload.Dragger
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              multiple={false}
              showUploadList={false}
              disabled={busy}
              beforeUpload={(f) => {
                setFile(f);
                send(f, true);
                return false;
              }}
            >
              <p className="tj-import-drop-icon">
                <ImportIcon />
              </p>
              <p>{t('import.drop')}</p>
              <p className="tj-muted">{t('import.dropHint')}</p>
            </Upload.Dragger>
          </div>
          {file && (
            <div className="tj-import-file" data-testid="import-file">
              <span>
                {file.name} <span className="tj-muted">({formatBytes(file.size)})</span>
              </span>
              {!busy && (
                <Space>
                  <Button size="small" onClick={() => send(file, true)}>
                    {t('import.recheck')}
                  </Button>
                  <Button size="small" type="text" onClick={reset}>
                    {t('import.clear')}
                  </Button>
                </Space>
              )}
            </div>
          )}
          {phase.kind === 'sending' && (
            <UploadProgress percent={phase.percent} processing={phase.processing} dryRun={phase.dryRun} />
          )}
        </Card>
        {phase.kind === 'failed' && (
          <Card variant="borderless" title={t('import.step3')}>
            <Alert
              type="error"
              showIcon
              title={phase.message}
              data-testid="import-error"
              style={{ marginBottom: 12 }}
            />
            {phase.problems.length > 0 && <ImportProblems problems={phase.problems} />}
          </Card>
        )}
        {phase.kind === 'checked' && report && (
          <Card variant="borderless" title={t('import.step3')} data-testid="import-report">
            <div className="tj-import-summary">
              <span>{t('import.sheet', { name: report.sheetName })}</span>
              <span>{t('import.rows', { rows: report.rows })}</span>
              <span className="tj-import-ok">{t('import.valid', { valid: report.valid })}</span>
              <span className={report.problems.length ? 'tj-import-bad' : ''}>
                {t('import.problemCount', { count: report.problems.length })}
              </span>
            </div>
            {report.ignoredColumns.length > 0 && (
              <Alert
                type="info"
                showIcon
                style={{ marginBottom: 12 }}
                title={t('import.ignored', { columns: report.ignoredColumns.join('、') })}
              />
            )}
            {report.problems.length > 0 ? (
              <>
                <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('import.fixAndRetry')} />
                <ImportProblems problems={report.problems} />
              </>
            ) : (
              <Alert
                type="success"
                showIcon
                style={{ marginBottom: 12 }}
                title={t('import.allGood', { count: report.valid })}
              />
            )}
            {report.preview.length > 0 && (
              <>
                <h3 className="tj-import-subhead">{t('import.preview')}</h3>
                <ImportPreview rows={report.preview} />
              </>
            )}
            <div className="tj-import-actions">
              <Button
                type="primary"
                size="large"
                disabled={report.problems.length > 0 || report.valid === 0 || !file}
                onClick={() => file && send(file, false)}
                data-testid="import-commit"
              >
                {t('import.commit', { count: report.valid })}
              </Button>
            </div>
          </Card>
        )}
        {phase.kind === 'done' && report && (
          <Card variant="borderless" data-testid="import-done">
            <Result
              status="success"
              title={t('import.done', { created: report.created })}
              subTitle={
                report.duplicatesFlagged > 0
                  ? t('import.duplicatesFlagged', { count: report.duplicatesFlagged })
                  : t('import.noDuplicates')
              }
              extra={[
                <Link key="projects" to="/projects">
                  <Button type="primary">{t('import.viewProjects')}</Button>
                </Link>,
                report.duplicatesFlagged > 0 && DUPLICATE_READERS.includes(me.role) ? (
                  <Link key="dups" to="/duplicates">
                    <Button>{t('import.reviewDuplicates')}</Button>
                  </Link>
                ) : null,
                <Button key="again" onClick={reset}>
                  {t('import.again')}
                </Button>,
              ]}
            />
          </Card>
        )}
      </div>
    </>
  );
}
