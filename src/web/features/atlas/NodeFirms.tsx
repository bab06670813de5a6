import { List, Tag } from 'antd';
import { useT } from '../../i18n/useT';
import { formatMoney } from '../../lib/format';
import { useRegions } from '../org/queries';
import type { NodeFirm } from './types';

/** The local enterprises on a node: 规上, 链主, annual output in 亿元/万元, county. */
export function NodeFirms({ firms }: { firms: NodeFirm[] }) {
  const t = useT();
  const regions = useRegions();
  const county = (id: string | null) => regions.data?.find((r) => r.id === id)?.name ?? '';
  return (
    <List
      size="small"
      data-testid="atlas-node-firms"
      locale={{ emptyText: t('atlas.node.noFirms') }}
      dataSource={firms}
      renderItem={(f) => (
        <List.Item data-testid="atlas-firm" key={f.investorId}>
          <div className="tj-atlas-item">
            <div className="tj-atlas-item-head">
              <span className="tj-atlas-item-name">{f.name}</span>
              <span className="tj-tag-row">
                {f.chainLeader && (
                  <Tag color="gold" style={{ marginInlineEnd: 0 }}>
                    {t('atlas.firm.chainLeader')}
                  </Tag>
                )}
                {f.aboveScale && (
                  <Tag color="blue" style={{ marginInlineEnd: 0 }}>
                    {t('atlas.firm.aboveScale')}
                  </Tag>
                )}
              </span>
            </div>
            <div className="tj-muted tj-atlas-item-meta">
              {[
                county(f.regionId),
                f.outputYuan ? t('atlas.firm.output', { output: formatMoney(t, f.outputYuan) }) : '',
                f.products ?? '',
              ]
                .filter(Boolean)
                .join(' · ')}
            </div>
          </div>
        </List.Item>
      )}
    />
  );
}
