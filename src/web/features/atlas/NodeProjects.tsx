import { List } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../i18n/useT';
import { formatDate } from '../../lib/format';
import { useRegions } from '../org/queries';
import { Money } from '../projects/Money';
import { StageTag } from '../projects/StageTag';
import type { CoveringProject } from './types';

/** The projects tagged to a node (those the caller may see), with their stage. */
export function NodeProjects({ projects }: { projects: CoveringProject[] }) {
  const t = useT();
  const regions = useRegions();
  const county = (id: string) => regions.data?.find((r) => r.id === id)?.name ?? id;
  return (
    <List
      size="small"
      data-testid="atlas-node-projects"
      locale={{ emptyText: t('atlas.node.noProjects') }}
      dataSource={projects}
      renderItem={(p) => (
        <List.Item key={p.id} data-testid="atlas-node-project">
          <div className="tj-atlas-item">
            <div className="tj-atlas-item-head">
              <Link to={`/projects/${p.id}`} className="tj-atlas-item-name">
                {p.name}
              </Link>
              <StageTag stage={p.stage} />
            </div>
            <div className="tj-muted tj-atlas-item-meta">
              {p.code} · {county(p.regionId)} · <Money yuan={p.totalInvestment} />
              {p.signedOn ? ` · ${formatDate(p.signedOn)}` : ''}
            </div>
          </div>
        </List.Item>
      )}
    />
  );
}
