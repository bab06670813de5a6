import { App, Button, Space } from 'antd';
import { useState } from 'react';
import { useT } from '../../i18n/useT';
import { downloadFile } from '../../lib/download';
import { errorMessage } from '../../lib/errors';
import { DownloadIcon, ImportIcon } from '../../lib/icons';
import { useCurrentUser } from '../auth/queries';
import { NodeImportModal } from './NodeImportModal';
import { canEditAtlas, isRetired } from './permissions';
import { useSystems } from './queries';
import type { ChainDetail } from './types';

/**
 * The chain on paper and in spreadsheets: the printable chain sheet (.docx, the "map + path +
 * target list" a delegation carries), the nodes as .xlsx for everyone; the node import for the city.
 */
export function ChainFileActions({ chain }: { chain: ChainDetail }) {
  const t = useT();
  const me = useCurrentUser();
  const systems = useSystems();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<'sheet' | 'xlsx' | null>(null);
  const [importing, setImporting] = useState(false);
  const get = (kind: 'sheet' | 'xlsx') => {
    setBusy(kind);
    const [path, name] =
      kind === 'sheet'
        ? [`/api/chains/${chain.id}/sheet.docx`, t('ae.files.sheetName', { name: chain.name })]
        : [`/api/chains/${chain.id}/nodes.xlsx`, t('ae.files.nodesName', { name: chain.name })];
    downloadFile(path, name)
      .catch((error: unknown) => void message.error(errorMessage(t, error)))
      .finally(() => setBusy(null));
  };
  const mayImport = canEditAtlas(me.role) && !isRetired(systems.data, chain.systemId);
  return (
    <Space wrap data-testid="ae-chain-files">
      <Button
        icon={<DownloadIcon />}
        loading={busy === 'sheet'}
        onClick={() => get('sheet')}
        data-testid="ae-sheet"
      >
        {t('ae.files.sheet')}
      </Button>
      <Button
        icon={<DownloadIcon />}
        loading={busy === 'xlsx'}
        onClick={() => get('xlsx')}
        data-testid="ae-nodes-xlsx"
      >
        {t('ae.files.nodes')}
      </Button>
      {mayImport && (
        <Button icon={<ImportIcon />} onClick={() => setImporting(true)} data-testid="ae-nodes-import">
          {t('ae.files.import')}
        </Button>
      )}
      {mayImport && <NodeImportModal chain={chain} open={importing} onClose={() => setImporting(false)} />}
    </Space>
  );
}
