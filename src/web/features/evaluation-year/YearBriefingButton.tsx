import { App, Button, Tooltip } from 'antd';
import { useState } from 'react';
import { useT } from '../../i18n/useT';
import { queryString } from '../../lib/api';
import { downloadFile } from '../../lib/download';
import { errorMessage } from '../../lib/errors';
import { DownloadIcon } from '../../lib/icons';

/** 下载年度通报 (.docx): the annual ranking and the awards; disabled, with why, until the year is published. */
export function YearBriefingButton({
  year,
  group,
  published,
}: {
  year: number;
  group: string;
  published: boolean;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = () => {
    setBusy(true);
    downloadFile(
      `/api/briefings/year-end.docx${queryString({ year, group })}`,
      t('ey.briefing.file', { year }),
    )
      .catch((error: unknown) => void message.error(errorMessage(t, error)))
      .finally(() => setBusy(false));
  };
  const button = (
    <Button
      icon={<DownloadIcon />}
      loading={busy}
      disabled={!published}
      onClick={run}
      data-testid="ey-briefing"
    >
      {t('ey.briefing.button')}
    </Button>
  );
  if (published) return button;
  return (
    <Tooltip title={t('ey.briefing.disabled', { year })}>
      <span className="ey-disabled-wrap">{button}</span>
    </Tooltip>
  );
}
