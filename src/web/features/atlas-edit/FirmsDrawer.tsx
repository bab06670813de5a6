import { Button, Drawer, Empty, List, Popconfirm, Space, Tag } from 'antd';
import { useState } from 'react';
import { useT } from '../../i18n/useT';
import { formatMoney } from '../../lib/format';
import { PlusIcon } from '../../lib/icons';
import { useIsMobile } from '../../lib/useIsMobile';
import { FirmModal } from './FirmModal';
import { StateTag } from './labels';
import { chainApi, useChainWrite } from './queries';
import type { ChainDetail, ChainNode, FirmView } from './types';
import { useAtlasErrors } from './useAtlasErrors';

type Props = {
  chain: ChainDetail;
  node: ChainNode;
  open: boolean;
  onClose: () => void;
  onReload: () => void;
};

/** The local enterprises on a node: add from the registry, edit their scale and output, take them off. */
export function FirmsDrawer({ chain, node, open, onClose, onReload }: Props) {
  const t = useT();
  const mobile = useIsMobile();
  const [editing, setEditing] = useState<FirmView | 'new' | null>(null);
  const handleError = useAtlasErrors(onReload);
  const remove = useChainWrite((investorId: string) => chainApi.removeFirm(chain.id, node.id, investorId));

  return (
    <Drawer
      title={t('ae.firms.title', { node: node.name })}
      open={open}
      onClose={onClose}
      placement={mobile ? 'bottom' : 'right'}
      size={mobile ? '92%' : 560}
      extra={
        <Button
          type="primary"
          icon={<PlusIcon />}
          onClick={() => setEditing('new')}
          data-testid="ae-firm-add"
        >
          {t('ae.firm.add')}
        </Button>
      }
    >
      <div className="ae-firms-state" data-testid="ae-firms-state">
        <span>{t('ae.firms.state')}</span>
        <StateTag node={node} />
        <span className="ae-muted">
          {chain.rule
            ? t('ae.firms.rule', {
                min: chain.rule.strongAboveScale,
                output: formatMoney(t, chain.rule.strongOutputYuan),
              })
            : null}
        </span>
      </div>
      {node.firms.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('ae.firms.empty')} />
      ) : (
        <List
          dataSource={node.firms}
          rowKey="investorId"
          renderItem={(f) => (
            <List.Item
              data-testid="ae-firm"
              actions={[
                <Button key="edit" type="link" size="small" onClick={() => setEditing(f)}>
                  {t('common.edit')}
                </Button>,
                <Popconfirm
                  key="remove"
                  title={t('ae.firm.removeConfirm', { name: f.name, node: node.name })}
                  okText={t('common.remove')}
                  okButtonProps={{ danger: true }}
                  cancelText={t('common.cancel')}
                  onConfirm={() =>
                    remove.mutateAsync(f.investorId).catch((error: unknown) => handleError(error))
                  }
                >
                  <Button type="link" size="small" danger>
                    {t('common.remove')}
                  </Button>
                </Popconfirm>,
              ]}
            >
              <List.Item.Meta
                title={
                  <Space wrap size={4}>
                    <span>{f.name}</span>
                    {f.chainLeader && <Tag color="volcano">{t('ae.firm.chainLeader')}</Tag>}
                    {f.aboveScale && <Tag color="blue">{t('ae.firm.aboveScale')}</Tag>}
                  </Space>
                }
                description={
                  <Space wrap size={12}>
                    <span>
                      {t('ae.firm.output')}：{f.outputYuan ? formatMoney(t, f.outputYuan) : '—'}
                    </span>
                    {f.products && <span>{f.products}</span>}
                  </Space>
                }
              />
            </List.Item>
          )}
        />
      )}
      <FirmModal
        chain={chain}
        node={node}
        firm={editing === 'new' || editing === null ? undefined : editing}
        open={editing !== null}
        onClose={() => setEditing(null)}
        onReload={onReload}
      />
    </Drawer>
  );
}
