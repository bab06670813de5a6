import { App, Button } from 'antd';
import { useState } from 'react';
import { useT } from '../../i18n/useT';
import { queryString } from '../../lib/api';
import { downloadFile } from '../../lib/download';
import { errorMessage } from '../../lib/errors';
import { DownloadIcon } from '../../lib/icons';

/** 下载通报: the published ranking's briefing in the government layout (.docx). */
export function BriefingButton({
  period,
  group,
  disabled,
}: {
  period: string;
  group: string;
  disabled: boolean;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = () => {
    setBusy(true);
    downloadFile(`/api/briefings/ranking.docx${queryString({ period, group })}`, t('ev.briefing.file'))
      .catch((error: unknown) => void message.error(errorMessage(t, error)))
      .finally(() => setBusy(false));
  };
  return (
    <Button
      icon={<DownloadIcon />}
      loading={busy}
      disabled={disabled}
      onClick={run}
      data-testid="ev-briefing"
    >
      {t('ev.briefing.button')}
    </Button>
  );
}
