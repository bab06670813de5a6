import { Alert, Button, Card, Empty, Image, Spin } from 'antd';
import { useState } from 'react';
import { useT } from '../../i18n/useT';
import { errorMessage } from '../../lib/errors';
import { formatDate, formatDateTimeShort } from '../../lib/format';
import { MapPinIcon, PlusIcon } from '../../lib/icons';
import { fileUrl } from '../projects/queries';
import { useVisits } from './queries';
import type { Visit } from './types';
import { VisitDrawer } from './VisitDrawer';

function VisitItem({ projectId, visit: v }: { projectId: string; visit: Visit }) {
  const t = useT();
  return (
    <div className="tj-log-item" data-testid="visit-item">
      <div className="tj-log-head">
        <strong>{formatDate(v.visitedOn)}</strong>
        <span className="tj-muted">
          <MapPinIcon /> {v.place}
        </span>
      </div>
      <div className="tj-log-people">
        {v.visitors}
        {v.peopleMet && (
          <>
            <span className="tj-muted"> → </span>
            {v.peopleMet}
          </>
        )}
      </div>
      <div className="tj-timeline-text">{v.outcome}</div>
      {v.nextStep && (
        <div className="tj-log-next">
          <span className="tj-muted">{t('visit.field.nextStep')}：</span>
          {v.nextStep}
        </div>
      )}
      {v.photos.length > 0 && (
        <div className="tj-evidence">
          <Image.PreviewGroup>
            {v.photos.map((f) => (
              <Image
                key={f.id}
                src={fileUrl(projectId, f.id)}
                alt={f.name}
                width={72}
                height={72}
                style={{ objectFit: 'cover', borderRadius: 4 }}
              />
            ))}
          </Image.PreviewGroup>
        </div>
      )}
      <div className="tj-muted tj-log-meta">
        {t('transition.recordedAt', { name: v.author.displayName, time: formatDateTimeShort(v.createdAt) })}
      </div>
    </div>
  );
}

/** Visits (走访/敲门) of a project, newest first, with the button that logs one. */
export function VisitsSection({ projectId, canWrite }: { projectId: string; canWrite: boolean }) {
  const t = useT();
  const visits = useVisits(projectId);
  const [open, setOpen] = useState(false);
  const items = visits.data ?? [];
  return (
    <Card
      title={t('visit.title', { count: items.length })}
      variant="borderless"
      data-testid="project-visits"
      extra={
        canWrite && (
          <Button
            type="primary"
            ghost
            icon={<PlusIcon />}
            onClick={() => setOpen(true)}
            data-testid="visit-create"
          >
            {t('visit.new')}
          </Button>
        )
      }
    >
      {visits.error ? (
        <Alert type="error" showIcon title={errorMessage(t, visits.error)} />
      ) : visits.isPending ? (
        <Spin />
      ) : items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('visit.empty')} />
      ) : (
        <div className="tj-log-list">
          {items.map((v) => (
            <VisitItem key={v.id} projectId={projectId} visit={v} />
          ))}
        </div>
      )}
      {canWrite && <VisitDrawer projectId={projectId} open={open} onClose={() => setOpen(false)} />}
    </Card>
  );
}
