import { Alert, Button, Card, Empty, Spin, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useT } from '../../i18n/useT';
import { errorMessage } from '../../lib/errors';
import { ProjectNodesModal } from './ProjectNodesModal';
import { systemInForce, useProjectNodes, useSystems } from './queries';
import type { AtlasSystem, ProjectNodeTag } from './types';
import './atlas-edit.css';

type Props = { projectId: string; canWrite: boolean };

type Group = { systemId: string; systemName: string; system?: AtlasSystem; tags: ProjectNodeTag[] };

function groupBySystem(tags: readonly ProjectNodeTag[], systems: readonly AtlasSystem[]): Group[] {
  const groups: Group[] = [];
  for (const tag of tags) {
    let g = groups.find((x) => x.systemId === tag.systemId);
    if (!g) {
      g = {
        systemId: tag.systemId,
        systemName: tag.systemName,
        system: systems.find((s) => s.id === tag.systemId),
        tags: [],
      };
      groups.push(g);
    }
    g.tags.push(tag);
  }
  // The system in force first, then the others newest first.
  const rank = (g: Group) => (g.system?.status === 'published' ? 0 : g.system?.status === 'draft' ? 1 : 2);
  return groups.sort((a, b) => rank(a) - rank(b) || (b.system?.year ?? 0) - (a.system?.year ?? 0));
}

/**
 * 产业链定位: the chain nodes a project serves, by system. Tags under a retired system stay as the
 * historical classification (历史归类, read-only); writers set the tags of the system in force.
 */
export function ProjectChainNodesCard({ projectId, canWrite }: Props) {
  const t = useT();
  const tags = useProjectNodes(projectId);
  const systems = useSystems();
  const [open, setOpen] = useState(false);
  const inForce = systemInForce(systems.data ?? []);
  const editable = canWrite && inForce?.status === 'published';
  const groups = groupBySystem(tags.data ?? [], systems.data ?? []);
  const current = (tags.data ?? []).filter((x) => x.systemId === inForce?.id && !x.deleted);

  return (
    <Card
      title={t('ae.tags.title')}
      variant="borderless"
      data-testid="ae-project-nodes"
      extra={
        editable && (
          <Button size="small" onClick={() => setOpen(true)} data-testid="ae-tags-edit">
            {t(current.length ? 'ae.tags.edit' : 'ae.tags.set')}
          </Button>
        )
      }
    >
      {tags.error ? (
        <Alert type="error" showIcon title={errorMessage(t, tags.error)} />
      ) : tags.isPending ? (
        <Spin />
      ) : groups.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('ae.tags.empty')} />
      ) : (
        groups.map((g) => {
          const retired = g.system?.status === 'retired';
          return (
            <div key={g.systemId} className="ae-tag-group" data-testid="ae-tag-group" data-retired={retired}>
              <div className="ae-tag-group-head">
                <span>{g.systemName}</span>
                {retired ? (
                  <Tag>{t('ae.tags.history')}</Tag>
                ) : g.system?.status === 'draft' ? (
                  <Tag color="blue">{t('ae.systemStatus.draft')}</Tag>
                ) : (
                  <Tag color="green">{t('ae.tags.inForce')}</Tag>
                )}
              </div>
              <div className="ae-tag-list">
                {g.tags.map((tag) => (
                  <Tag
                    key={tag.nodeId}
                    color={retired || tag.deleted ? undefined : 'blue'}
                    className={tag.deleted ? 'ae-tag-deleted' : undefined}
                    data-testid="ae-project-node"
                  >
                    <Link to={`/atlas/${tag.chainId}`}>
                      {tag.chainName} · {tag.nodeName}
                    </Link>
                    {tag.deleted && ` ${t('ae.tags.deleted')}`}
                  </Tag>
                ))}
              </div>
              {retired && <div className="ae-muted">{t('ae.tags.historyNote')}</div>}
            </div>
          );
        })
      )}
      {editable && inForce && (
        <ProjectNodesModal
          projectId={projectId}
          system={inForce}
          current={current}
          open={open}
          onClose={() => setOpen(false)}
        />
      )}
    </Card>
  );
}
