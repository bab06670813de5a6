import { Button, Space, Tooltip } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../../i18n/useT';
import { PlusIcon, SettingsIcon } from '../../lib/icons';
import { useCurrentUser } from '../auth/queries';
import { ChainFormModal } from './ChainFormModal';
import { canEditAtlas } from './permissions';
import { systemInForce, useSystems } from './queries';
import { SystemsDrawer } from './SystemsDrawer';
import './atlas-edit.css';

type Props = {
  /** The system the page shows; the one in force by default. */
  systemId?: string;
  /** Where a new chain is opened; `/atlas/:id` by default. */
  chainPath?: (chainId: string) => string;
};

/**
 * The city administrator's buttons on the atlas overview: add a chain to the system shown, and the
 * system versions (draft a new one, publish it). Nothing for anyone else.
 */
export function AtlasAdminActions({ systemId, chainPath = (id) => `/atlas/${id}` }: Props) {
  const t = useT();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const systems = useSystems();
  const [adding, setAdding] = useState(false);
  const [versions, setVersions] = useState(false);
  if (!canEditAtlas(me.role)) return null;
  const system = systems.data?.find((s) => s.id === systemId) ?? systemInForce(systems.data ?? []);
  const retired = system?.status === 'retired';

  return (
    <Space wrap className="ae-admin-actions" data-testid="ae-admin-actions">
      <Tooltip title={retired ? t('ae.retired.short') : undefined}>
        <Button
          icon={<PlusIcon />}
          disabled={!system || retired}
          onClick={() => setAdding(true)}
          data-testid="ae-chain-add"
        >
          {t('ae.chain.add')}
        </Button>
      </Tooltip>
      <Button icon={<SettingsIcon />} onClick={() => setVersions(true)} data-testid="ae-systems">
        {t('ae.system.title')}
      </Button>
      {system && (
        <ChainFormModal
          systemId={system.id}
          open={adding}
          onClose={() => setAdding(false)}
          onSaved={(chain) => void navigate(chainPath(chain.id))}
          onReload={() => void systems.refetch()}
        />
      )}
      <SystemsDrawer open={versions} onClose={() => setVersions(false)} />
    </Space>
  );
}
