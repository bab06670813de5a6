import { Alert, Card, Empty, Image, Spin } from 'antd';
import { useT } from '../../i18n/useT';
import { errorMessage } from '../../lib/errors';
import { formatBytes, formatDate } from '../../lib/format';
import { FileIcon } from '../../lib/icons';
import { useVisits } from '../pipeline/queries';
import { fileUrl } from '../projects/queries';
import type { EvidenceFile, Project } from '../projects/types';
import { isImage, Thumb } from './EvidenceThumbs';
import { useProjectFileList, useReports } from './queries';

type Sourced = { file: EvidenceFile; source: string };

/** Every file the project's records point at (transitions, monthly reports, visits), once each, newest first. */
function useProjectFiles(project: Project) {
  const t = useT();
  const reports = useReports(project.id);
  const visits = useVisits(project.id);
  const all = useProjectFileList(project.id);
  const out = new Map<string, Sourced>();
  const add = (files: EvidenceFile[], source: string) => {
    for (const file of files) if (!out.has(file.id)) out.set(file.id, { file, source });
  };
  for (const r of reports.data?.reports ?? []) add(r.photos, t('gallery.source.report', { month: r.month }));
  for (const v of visits.data ?? [])
    add(v.photos, t('gallery.source.visit', { date: formatDate(v.visitedOn) }));
  const transitions = [...project.transitions].sort((a, b) => b.occurredOn.localeCompare(a.occurredOn));
  for (const tr of transitions) {
    add(
      tr.evidence,
      t('gallery.source.transition', {
        stage: t.label('stage', tr.toStage),
        date: formatDate(tr.occurredOn),
      }),
    );
  }
  for (const f of all.data?.items ?? []) {
    if (f.id !== project.contractFileId)
      add([f], t('gallery.source.upload', { date: formatDate(f.createdAt.slice(0, 10)) }));
  }
  return {
    files: [...out.values()],
    pending: reports.isPending || visits.isPending || all.isPending,
    error: reports.error ?? visits.error ?? all.error,
  };
}

/** 佐证材料: all on-site photos as thumbnails (preview opens the full image) and the documents to download. */
export function EvidenceGallery({ project }: { project: Project }) {
  const t = useT();
  const { files, pending, error } = useProjectFiles(project);
  const images = files.filter((f) => isImage(f.file));
  const documents = files.filter((f) => !isImage(f.file));
  const contractId = files.some((f) => f.file.id === project.contractFileId) ? null : project.contractFileId;
  const hasContract = contractId !== null;
  return (
    <div className="tj-delivery-stack" data-testid="evidence-gallery">
      {error && <Alert type="error" showIcon title={errorMessage(t, error)} />}
      <Card
        title={t('gallery.photos', { count: images.length })}
        variant="borderless"
        data-testid="gallery-photos"
      >
        <p className="tj-muted" style={{ marginTop: 0 }}>
          {t('gallery.hint')}
        </p>
        {pending ? (
          <Spin />
        ) : images.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('gallery.empty')} />
        ) : (
          <div className="tj-gallery">
            <Image.PreviewGroup>
              {images.map(({ file, source }) => (
                <figure key={file.id} className="tj-gallery-item" data-testid="gallery-photo">
                  <Thumb projectId={project.id} file={file} size={104} />
                  <figcaption title={file.name}>{source}</figcaption>
                </figure>
              ))}
            </Image.PreviewGroup>
          </div>
        )}
      </Card>
      <Card
        title={t('gallery.documents', { count: documents.length + (hasContract ? 1 : 0) })}
        variant="borderless"
        data-testid="gallery-documents"
      >
        {documents.length === 0 && !hasContract ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('gallery.empty')} />
        ) : (
          <ul className="tj-doc-list">
            {contractId && (
              <li>
                <a href={fileUrl(project.id, contractId, true)} data-testid="gallery-document">
                  <FileIcon /> {t('gallery.contract')}
                </a>
              </li>
            )}
            {documents.map(({ file, source }) => (
              <li key={file.id}>
                <a href={fileUrl(project.id, file.id, true)} title={file.name} data-testid="gallery-document">
                  <FileIcon /> {file.name}
                </a>
                <span className="tj-muted">
                  {source} · {formatBytes(file.size)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
