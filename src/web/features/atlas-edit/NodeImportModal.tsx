import { Alert, App, Button, Modal, Space, Table, Tag, Upload } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useT } from '../../i18n/useT';
import { isApiError } from '../../lib/api';
import { downloadFile } from '../../lib/download';
import { errorMessage } from '../../lib/errors';
import { DownloadIcon, ImportIcon } from '../../lib/icons';
import { uploadWithProgress } from '../../lib/uploadWithProgress';
import { ImportProblems } from '../imports/ImportProblems';
import type { ImportProblem } from '../imports/types';
import { useReloadChain } from './queries';
import type { ChainDetail } from './types';

type Report = {
  dryRun: boolean;
  rows: number;
  problems: ImportProblem[];
  plan: { create: number; update: number; unchanged: number };
  created: number;
  updated: number;
  preview: {
    row: number;
    action: 'create' | 'update' | 'unchanged';
    code: string | null;
    name: string;
    parent: string | null;
    segment: string;
    changes: string[];
  }[];
};
type Phase =
  | { kind: 'idle' }
  | { kind: 'checked'; file: File; report: Report }
  | { kind: 'done'; report: Report }
  | { kind: 'failed'; message: string; problems: ImportProblem[] };

/**
 * Nodes from a spreadsheet: the template or the chain's own export, filled in; a dry run lists
 * what it would add and change and every bad cell (row, column, value, reason); the commit writes
 * all of it or nothing.
 */
export function NodeImportModal({
  chain,
  open,
  onClose,
}: {
  chain: ChainDetail;
  open: boolean;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const reload = useReloadChain(chain.id);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const send = useMutation({
    mutationFn: ({ file, dryRun }: { file: File; dryRun: boolean }) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return uploadWithProgress<Report>(`/api/chains/${chain.id}/nodes/import?dryRun=${dryRun}`, form, {});
    },
  });
  const run = (file: File, dryRun: boolean) =>
    send.mutate(
      { file, dryRun },
      {
        onSuccess: (report) => {
          if (!dryRun) reload();
          setPhase(dryRun ? { kind: 'checked', file, report } : { kind: 'done', report });
        },
        onError: (error) =>
          setPhase({
            kind: 'failed',
            message: errorMessage(t, error),
            problems:
              isApiError(error, 'CHAIN_IMPORT_INVALID') && Array.isArray(error.params.problems)
                ? (error.params.problems as ImportProblem[])
                : [],
          }),
      },
    );
  const close = () => {
    setPhase({ kind: 'idle' });
    onClose();
  };
  const template = () =>
    downloadFile('/api/atlas/node-template.xlsx', t('ae.files.templateName')).catch(
      (error: unknown) => void message.error(errorMessage(t, error)),
    );
  const report = phase.kind === 'checked' || phase.kind === 'done' ? phase.report : null;
  const problems = phase.kind === 'failed' ? phase.problems : (report?.problems ?? []);
  const canCommit =
    phase.kind === 'checked' &&
    phase.report.problems.length === 0 &&
    phase.report.plan.create + phase.report.plan.update > 0;

  return (
    <Modal
      open={open}
      onCancel={close}
      width={860}
      title={t('ae.import.title', { name: chain.name })}
      footer={
        <Space>
          <Button onClick={close}>
            {phase.kind === 'done' ? t('ae.import.close') : t('ae.import.cancel')}
          </Button>
          {phase.kind === 'checked' && (
            <Button
              type="primary"
              disabled={!canCommit}
              loading={send.isPending}
              onClick={() => run(phase.file, false)}
              data-testid="ae-import-commit"
            >
              {t('ae.import.commit', { create: phase.report.plan.create, update: phase.report.plan.update })}
            </Button>
          )}
        </Space>
      }
      destroyOnHidden
    >
      <p className="tj-muted" style={{ marginTop: 0 }}>
        {t('ae.import.hint')}{' '}
        <Button type="link" size="small" icon={<DownloadIcon />} onClick={template} style={{ padding: 0 }}>
          {t('ae.import.template')}
        </Button>
      </p>
      {phase.kind !== 'done' && (
        <Upload.Dragger
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          multiple={false}
          showUploadList={false}
          disabled={send.isPending}
          beforeUpload={(f) => {
            run(f, true);
            return false;
          }}
        >
          <p className="tj-import-drop-icon">
            <ImportIcon />
          </p>
          <p>{t('ae.import.drop')}</p>
        </Upload.Dragger>
      )}
      {phase.kind === 'failed' && (
        <Alert type="error" showIcon style={{ marginTop: 12 }} message={phase.message} />
      )}
      {report && (
        <Alert
          type={phase.kind === 'done' ? 'success' : problems.length ? 'error' : 'info'}
          showIcon
          style={{ marginTop: 12 }}
          data-testid="ae-import-summary"
          message={
            phase.kind === 'done'
              ? t('ae.import.done', { created: report.created, updated: report.updated })
              : problems.length
                ? t('ae.import.problems', { count: problems.length })
                : t('ae.import.plan', report.plan)
          }
        />
      )}
      {problems.length > 0 && (
        <div style={{ marginTop: 12 }}>
          <ImportProblems problems={problems} />
        </div>
      )}
      {phase.kind === 'checked' && problems.length === 0 && (
        <Table
          style={{ marginTop: 12 }}
          size="small"
          rowKey="row"
          pagination={false}
          scroll={{ y: 320 }}
          dataSource={phase.report.preview.filter((p) => p.action !== 'unchanged')}
          columns={[
            { title: t('import.col.row'), dataIndex: 'row', width: 64 },
            {
              title: t('ae.import.action'),
              dataIndex: 'action',
              width: 90,
              render: (a: string) => (
                <Tag color={a === 'create' ? 'green' : 'blue'}>
                  {t(a === 'create' ? 'ae.import.create' : 'ae.import.update')}
                </Tag>
              ),
            },
            { title: t('ae.import.node'), dataIndex: 'name' },
            { title: t('ae.import.parent'), dataIndex: 'parent', render: (p: string | null) => p ?? '—' },
            {
              title: t('ae.import.changes'),
              dataIndex: 'changes',
              render: (c: string[]) => c.join('、') || '—',
            },
          ]}
        />
      )}
    </Modal>
  );
}
