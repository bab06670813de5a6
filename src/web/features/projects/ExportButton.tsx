import { App, Button } from 'antd';
import { useState } from 'react';
import { useT } from '../../i18n/useT';
import { downloadFile } from '../../lib/download';
import { errorMessage } from '../../lib/errors';
import { DownloadIcon } from '../../lib/icons';
import { projectListQuery } from './queries';
import type { ProjectListParams } from './types';

/** 导出Excel: the list with the filters on screen (and the caller's scope), as .xlsx. */
export function ExportButton({ params, compact = false }: { params: ProjectListParams; compact?: boolean }) {
  const t = useT();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = () => {
    setBusy(true);
    downloadFile(`/api/projects/export.xlsx${projectListQuery(params, false)}`, t('projects.exportFile'))
      .then(
        () => void message.success(t('projects.exported')),
        (error: unknown) => void message.error(errorMessage(t, error)),
      )
      .finally(() => setBusy(false));
  };
  return (
    <Button icon={<DownloadIcon />} loading={busy} onClick={run} data-testid="project-export">
      {compact ? t('projects.exportShort') : t('projects.export')}
    </Button>
  );
}
