import { App, Button, Space } from 'antd';
import { useState } from 'react';
import { useT } from '../../i18n/useT';
import { downloadFile } from '../../lib/download';
import { errorMessage } from '../../lib/errors';
import { DownloadIcon } from '../../lib/icons';
import { signingListUrl } from './queries';

/** The signing list of an event as .xlsx and as .docx (公文 layout). */
export function DownloadButtons({ eventId, title }: { eventId: string; title: string }) {
  const t = useT();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<'xlsx' | 'docx' | null>(null);
  const get = (ext: 'xlsx' | 'docx') => {
    setBusy(ext);
    downloadFile(signingListUrl(eventId, ext), `${title}${t('signing.listFile')}.${ext}`)
      .catch((error: unknown) => void message.error(errorMessage(t, error)))
      .finally(() => setBusy(null));
  };
  return (
    <Space wrap>
      <Button
        icon={<DownloadIcon />}
        loading={busy === 'xlsx'}
        onClick={() => get('xlsx')}
        data-testid="signing-download-xlsx"
      >
        {t('signing.downloadXlsx')}
      </Button>
      <Button
        icon={<DownloadIcon />}
        loading={busy === 'docx'}
        onClick={() => get('docx')}
        data-testid="signing-download-docx"
      >
        {t('signing.downloadDocx')}
      </Button>
    </Space>
  );
}
