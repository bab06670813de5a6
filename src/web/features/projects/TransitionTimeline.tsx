import { Card, Empty, Image, Tag, Timeline } from 'antd';
import { useT } from '../../i18n/useT';
import { formatBytes, formatDate, formatDateTimeShort } from '../../lib/format';
import { FileIcon } from '../../lib/icons';
import { chronological, parseSkip, skippedStages } from './lifecycle';
import { fileUrl } from './queries';
import { StageTag } from './StageTag';
import type { EvidenceFile, Project, Transition } from './types';

function Evidence({ projectId, files }: { projectId: string; files: EvidenceFile[] }) {
  const images = files.filter((f) => f.mime.startsWith('image/'));
  const documents = files.filter((f) => !f.mime.startsWith('image/'));
  return (
    <div className="tj-evidence" data-testid="timeline-evidence">
      {images.length > 0 && (
        <Image.PreviewGroup>
          {images.map((f) => (
            <Image
              key={f.id}
              src={fileUrl(projectId, f.id)}
              alt={f.name}
              width={64}
              height={64}
              style={{ objectFit: 'cover', borderRadius: 4 }}
            />
          ))}
        </Image.PreviewGroup>
      )}
      {documents.map((f) => (
        <a key={f.id} href={fileUrl(projectId, f.id, true)} className="tj-nowrap" title={f.name}>
          <FileIcon /> {f.name} <span className="tj-muted">({formatBytes(f.size)})</span>
        </a>
      ))}
    </div>
  );
}

function TransitionContent({ projectId, tr }: { projectId: string; tr: Transition }) {
  const t = useT();
  const skip = parseSkip(tr.skipReason);
  const skipped = skip?.stage ? [skip.stage] : skippedStages(tr.fromStage, tr.toStage);
  return (
    <div data-testid="timeline-item" data-to-stage={tr.toStage}>
      <div className="tj-timeline-item-head">
        <strong>{formatDate(tr.occurredOn)}</strong>
        {tr.fromStage ? (
          <>
            <StageTag stage={tr.fromStage} />
            <span className="tj-muted">→</span>
          </>
        ) : (
          <span className="tj-muted">{t('transition.created')}</span>
        )}
        <StageTag stage={tr.toStage} />
      </div>
      {skip && (
        <div className="tj-timeline-text">
          <Tag color="purple">
            {t('transition.skipped', {
              stage: skipped.map((s) => t.label('stage', s)).join('、') || '—',
              reason: t.label('skipReason', skip.why),
            })}
          </Tag>
        </div>
      )}
      {tr.reason && (
        <div className="tj-timeline-text">
          <span className="tj-muted">{t('transition.reasonLabel')}</span>
          {tr.reason}
        </div>
      )}
      {tr.note && <div className="tj-timeline-text">{tr.note}</div>}
      {tr.evidence.length > 0 && <Evidence projectId={projectId} files={tr.evidence} />}
      <div className="tj-muted" style={{ fontSize: 12, marginTop: 6 }}>
        {t('transition.recordedAt', {
          name: tr.actor?.displayName ?? '—',
          time: formatDateTimeShort(tr.createdAt),
        })}
      </div>
    </div>
  );
}

const COLORS: Partial<Record<Transition['toStage'], string>> = {
  stalled: 'orange',
  terminated: 'red',
  at_capacity: 'green',
};

/** The history of a project's transitions, newest first. */
export function TransitionTimeline({ project }: { project: Project }) {
  const t = useT();
  const items = chronological(project.transitions).reverse();
  return (
    <Card title={t('project.section.timeline')} variant="borderless" data-testid="project-timeline">
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('project.noTransitions')} />
      ) : (
        <Timeline
          items={items.map((tr, i) => ({
            key: tr.id,
            color: COLORS[tr.toStage] ?? (i === 0 ? 'blue' : 'gray'),
            content: <TransitionContent projectId={project.id} tr={tr} />,
          }))}
        />
      )}
    </Card>
  );
}
