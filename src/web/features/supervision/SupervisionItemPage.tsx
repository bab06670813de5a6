import { Button, Card, Space, Tag } from 'antd';
import { Link, useParams } from 'react-router';
import { useT } from '../../i18n/useT';
import { DetailCrumb, DetailStatus } from '../../lib/DetailPageFrame';
import { ReloadIcon } from '../../lib/icons';
import { AttachmentsCard } from './AttachmentsCard';
import { ColourTag, StateTag } from './ColourTag';
import { EventLog } from './EventLog';
import { ItemActions } from './ItemActions';
import { PlanCard, SatisfactionCard } from './PlanCard';
import { useSupervisionItem } from './queries';
import { TargetCards } from './TargetCards';
import { shanghaiDateTime } from '../../lib/shanghaiTime';
import '../projects/projects.css';
import './supervision.css';

/** /supervision/:id: one item — its colour, the next actions, each target's clock, the log. */
export function SupervisionItemPage() {
  const t = useT();
  const { id = '' } = useParams();
  const query = useSupervisionItem(id);
  if (query.isPending || query.error || !query.data) {
    return (
      <DetailStatus
        listPath="/supervision"
        listTitle={t('sv.title')}
        pending={query.isPending}
        error={query.error}
      />
    );
  }
  const item = query.data;
  return (
    <>
      <DetailCrumb listPath="/supervision" listTitle={t('sv.title')} crumb={item.code} />
      <div className="tj-detail-head" data-testid="sv-header">
        <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap align="start">
          <div>
            <h1 className="tj-detail-title">
              <span data-testid="sv-item-title">{item.title}</span>
              <StateTag state={item.state} />
              <ColourTag colour={item.colour} />
            </h1>
            <div className="tj-detail-meta">
              <span>{item.code}</span>
              <span>{t('sv.head.unit', { name: item.unit.name })}</span>
              <span>
                <Tag style={{ marginInlineEnd: 4 }}>{t(`sv.category.${item.category}`)}</Tag>
                <Tag style={{ marginInlineEnd: 4 }}>{t(`sv.source.${item.source}`)}</Tag>
                <Tag color={item.weight === 'major' ? 'magenta' : 'default'} style={{ marginInlineEnd: 0 }}>
                  {t(`sv.weight.${item.weight}`)}
                </Tag>
              </span>
              {item.projectId && item.projectName && (
                <span>
                  {t('sv.head.project')}
                  <Link to={`/projects/${item.projectId}`}>{item.projectName}</Link>
                </span>
              )}
              <span className="tj-muted">
                {t('sv.head.createdBy', { name: item.createdBy, at: shanghaiDateTime(item.createdAt) })}
              </span>
            </div>
          </div>
          <Button
            icon={<ReloadIcon />}
            onClick={() => void query.refetch()}
            loading={query.isFetching}
            aria-label={t('common.reload')}
          />
        </Space>
      </div>
      <div className="tj-sv-detail">
        <div className="tj-sv-detail-main">
          <ItemActions item={item} />
          <Card size="small" title={t('sv.section.description')}>
            <div className="tj-sv-description">{item.description}</div>
          </Card>
          <AttachmentsCard item={item} />
          <TargetCards item={item} />
          <PlanCard item={item} />
        </div>
        <div className="tj-sv-detail-side">
          <SatisfactionCard item={item} />
          <EventLog item={item} />
        </div>
      </div>
    </>
  );
}
