import { App, Button, Space } from 'antd';
import { useState } from 'react';
import { useT } from '../../i18n/useT';
import { downloadFile } from '../../lib/download';
import { errorMessage } from '../../lib/errors';
import { DownloadIcon } from '../../lib/icons';
import { signingBriefingUrl, signingListUrl } from './queries';

/** The signing list of an event as .xlsx and as .docx (公文 layout), and the event's 情况通报. */
export function DownloadButtons({ eventId, title }: { eventId: string; title: string }) {
  const t = useT();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<'xlsx' | 'docx' | 'briefing' | null>(null);
  const get = (which: 'xlsx' | 'docx' | 'briefing') => {
    setBusy(which);
    const [url, name] =
      which === 'briefing'
        ? [signingBriefingUrl(eventId), `${title}${t('signing.briefingFile')}.docx`]
        : [signingListUrl(eventId, which), `${title}${t('signing.listFile')}.${which}`];
    downloadFile(url, name)
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
      <Button
        icon={<DownloadIcon />}
        loading={busy === 'briefing'}
        onClick={() => get('briefing')}
        data-testid="signing-download-briefing"
      >
        {t('signing.downloadBriefing')}
      </Button>
    </Space>
  );
}
