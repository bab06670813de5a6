import { Button, List, Tag } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../i18n/useT';
import { useCurrentUser } from '../auth/queries';
import { useRegions } from '../org/queries';
import { TargetFlags, TargetStatusTag } from './AtlasTags';
import { canKeepTarget, canStartLead } from './permissions';
import { TargetStatusControl } from './TargetStatusControl';
import type { Target } from './types';

type Props = { targets: Target[]; onStartLead: (target: Target) => void };

/** A node's target firms: flags, origin, county, status (with its moves) and the lead started from it. */
export function NodeTargets({ targets, onStartLead }: Props) {
  const t = useT();
  const me = useCurrentUser();
  const regions = useRegions();
  const county = (id: string | null) =>
    id ? (regions.data?.find((r) => r.id === id)?.name ?? id) : t('atlas.target.noCounty');
  return (
    <List
      size="small"
      data-testid="atlas-node-targets"
      locale={{ emptyText: t('atlas.node.noTargets') }}
      dataSource={targets}
      renderItem={(target) => (
        <List.Item key={target.id} data-testid="atlas-target" data-target={target.name}>
          <div className="tj-atlas-item">
            <div className="tj-atlas-item-head">
              <span className="tj-atlas-item-name">{target.name}</span>
              <TargetFlags target={target} />
            </div>
            <div className="tj-muted tj-atlas-item-meta">
              {t('atlas.target.origin')} {target.originProvince ?? '—'}
              {target.originRegion && (
                <Tag variant="outlined" style={{ marginInline: 6 }}>
                  {t.label('originRegion', target.originRegion)}
                </Tag>
              )}
              · {t('atlas.target.county')} {county(target.regionId)}
            </div>
            {target.note && <div className="tj-atlas-item-meta">{target.note}</div>}
            <div className="tj-atlas-target-actions">
              <TargetStatusTag status={target.status} />
              {canKeepTarget(me, target) && <TargetStatusControl target={target} />}
              {target.projectId ? (
                <Link to={`/projects/${target.projectId}`} data-testid="atlas-target-project">
                  {t('atlas.target.viewProject')}
                </Link>
              ) : (
                canStartLead(me, target) && (
                  <Button
                    size="small"
                    type="primary"
                    ghost
                    data-testid="atlas-target-lead"
                    onClick={() => onStartLead(target)}
                  >
                    {t('atlas.target.startLead')}
                  </Button>
                )
              )}
            </div>
          </div>
        </List.Item>
      )}
    />
  );
}
