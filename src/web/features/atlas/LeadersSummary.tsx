import { Table, Tag, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { Link } from 'react-router';
import { shanghaiDate } from '../../../domain/time';
import { useT } from '../../i18n/useT';
import { useRegions } from '../org/queries';
import { Money } from '../projects/Money';
import { closingCounties } from './leaders';
import { useChainDetails } from './queries';
import type { ChainSummary } from './types';

/**
 * The leaders' summary: per chain, the gaps closed this year and by which counties (read from the
 * full chain only for chains that closed any), and the gaps still open.
 */
export function LeadersSummary({ chains }: { chains: ChainSummary[] }) {
  const t = useT();
  const year = shanghaiDate(new Date()).slice(0, 4);
  const regions = useRegions();
  const closing = chains.filter((c) => c.closedThisYear > 0);
  const details = useChainDetails(closing.map((c) => c.id));
  const nameOf = (id: string) => regions.data?.find((r) => r.id === id)?.name ?? id;
  const byChain = new Map(
    details.flatMap((d) => (d.data ? [[d.data.id, closingCounties(d.data, year)] as const] : [])),
  );
  const sum = (f: (c: ChainSummary) => number) => chains.reduce((s, c) => s + f(c), 0);

  return (
    <div className="tj-atlas-leaders" data-testid="atlas-leaders">
      <Typography.Paragraph style={{ marginBottom: 8 }} data-testid="atlas-leaders-total">
        {t('atlas.leaders.total', {
          closed: sum((c) => c.closedThisYear),
          fill: sum((c) => c.gaps.fill ?? 0),
          extend: sum((c) => c.gaps.extend ?? 0),
          strengthen: sum((c) => c.gaps.strengthen ?? 0),
        })}
      </Typography.Paragraph>
      <Table<ChainSummary>
        size="small"
        rowKey="id"
        pagination={false}
        scroll={{ x: 720 }}
        dataSource={chains}
        onRow={(c) =>
          ({ 'data-testid': 'atlas-leaders-row', 'data-chain': c.name }) as HTMLAttributes<HTMLElement>
        }
        columns={[
          {
            title: t('atlas.leaders.col.chain'),
            key: 'name',
            render: (_, c) => <Link to={`/atlas/${c.id}`}>{c.name}</Link>,
          },
          {
            title: t('atlas.leaders.col.chief'),
            key: 'chief',
            render: (_, c) => [c.chiefTitle, c.chiefName].filter(Boolean).join(' · '),
          },
          {
            title: t('atlas.leaders.col.closed'),
            key: 'closed',
            align: 'right',
            render: (_, c) => (
              <span className={c.closedThisYear > 0 ? 'tj-atlas-closed' : 'tj-muted'}>
                {c.closedThisYear}
              </span>
            ),
          },
          {
            title: t('atlas.leaders.col.by'),
            key: 'by',
            render: (_, c) => {
              if (c.closedThisYear === 0) return <span className="tj-muted">—</span>;
              const counties = byChain.get(c.id);
              if (!counties) return <span className="tj-muted">…</span>;
              if (!counties.length) return <span className="tj-muted">{t('atlas.leaders.byHidden')}</span>;
              return (
                <span className="tj-tag-row">
                  {counties.map((x) => (
                    <Tag key={x.regionId} color="green" style={{ marginInlineEnd: 0 }}>
                      {nameOf(x.regionId)} {x.gaps}
                    </Tag>
                  ))}
                </span>
              );
            },
          },
          {
            title: t('atlas.leaders.col.open'),
            key: 'open',
            align: 'right',
            render: (_, c) => (c.gaps.fill ?? 0) + (c.gaps.extend ?? 0),
          },
          {
            title: t('atlas.leaders.col.strengthen'),
            key: 'strengthen',
            align: 'right',
            render: (_, c) => c.gaps.strengthen ?? 0,
          },
          {
            title: t('atlas.leaders.col.signed'),
            key: 'signed',
            align: 'right',
            render: (_, c) => <Money yuan={c.signedInvestment} />,
          },
        ]}
      />
    </div>
  );
}
