import { App, Button, Drawer, List, Space, Tag } from 'antd';
import { useState } from 'react';
import type { SystemStatus } from '../../../domain/atlas/fields';
import { useT } from '../../i18n/useT';
import { errorMessage } from '../../lib/errors';
import { PlusIcon } from '../../lib/icons';
import { useIsMobile } from '../../lib/useIsMobile';
import { systemInForce, usePublishSystem, useSystems } from './queries';
import { SystemModal } from './SystemModal';
import type { AtlasSystem } from './types';

const STATUS_COLOURS: Record<SystemStatus, string> = {
  draft: 'blue',
  published: 'green',
  retired: 'default',
};

type Props = { open: boolean; onClose: () => void };

/** The versions of the industry system: draft a new one (copying the one in force), publish a draft. */
export function SystemsDrawer({ open, onClose }: Props) {
  const t = useT();
  const mobile = useIsMobile();
  const { modal, message } = App.useApp();
  const systems = useSystems();
  const publish = usePublishSystem();
  const [adding, setAdding] = useState(false);
  const current = systemInForce(systems.data ?? []);

  const confirmPublish = (s: AtlasSystem) =>
    modal.confirm({
      title: t('ae.publish.title', { name: s.name }),
      width: 520,
      content: (
        <div data-testid="ae-publish-explain">
          <p>{t('ae.publish.inForce', { name: s.name })}</p>
          {current?.status === 'published' && <p>{t('ae.publish.retires', { name: current.name })}</p>}
          <p>{t('ae.publish.tags')}</p>
        </div>
      ),
      okText: t('ae.publish.ok'),
      cancelText: t('common.cancel'),
      onOk: () =>
        publish.mutateAsync(s.id).then(
          () => void message.success(t('ae.publish.done', { name: s.name })),
          (error: unknown) => void message.error(errorMessage(t, error)),
        ),
    });

  return (
    <Drawer
      title={t('ae.system.title')}
      open={open}
      onClose={onClose}
      placement={mobile ? 'bottom' : 'right'}
      size={mobile ? '92%' : 560}
      extra={
        <Button
          type="primary"
          icon={<PlusIcon />}
          onClick={() => setAdding(true)}
          data-testid="ae-system-add"
        >
          {t('ae.system.add')}
        </Button>
      }
    >
      <List
        loading={systems.isPending}
        dataSource={[...(systems.data ?? [])].reverse()}
        rowKey="id"
        renderItem={(s) => (
          <List.Item
            data-testid="ae-system"
            data-system={s.id}
            actions={
              s.status === 'draft'
                ? [
                    <Button
                      key="publish"
                      size="small"
                      onClick={() => confirmPublish(s)}
                      data-testid="ae-system-publish"
                    >
                      {t('ae.publish.button')}
                    </Button>,
                  ]
                : []
            }
          >
            <List.Item.Meta
              title={
                <Space wrap size={4}>
                  <span>{s.name}</span>
                  <Tag color={STATUS_COLOURS[s.status]}>{t(`ae.systemStatus.${s.status}`)}</Tag>
                </Space>
              }
              description={
                <>
                  <div>{t('ae.system.meta', { id: s.id, year: s.year, chains: s.chains })}</div>
                  {s.groups.length > 0 && <div>{s.groups.map((g) => g.name).join(' · ')}</div>}
                  {s.status === 'retired' && <div className="ae-muted">{t('ae.system.retiredNote')}</div>}
                </>
              }
            />
          </List.Item>
        )}
      />
      <SystemModal open={adding} onClose={() => setAdding(false)} />
    </Drawer>
  );
}
