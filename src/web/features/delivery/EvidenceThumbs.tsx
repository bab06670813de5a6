import { Image } from 'antd';
import { formatBytes } from '../../lib/format';
import { FileIcon } from '../../lib/icons';
import { fileUrl } from '../projects/queries';
import type { EvidenceFile } from '../projects/types';
import { thumbnailUrl } from './queries';

type Props = { projectId: string; files: EvidenceFile[]; size?: number; testId?: string };

export const isImage = (f: EvidenceFile) => f.mime.startsWith('image/');

/** One image as its WebP thumbnail; the preview opens the full file. */
export function Thumb({
  projectId,
  file,
  size = 56,
}: {
  projectId: string;
  file: EvidenceFile;
  size?: number;
}) {
  return (
    <Image
      src={thumbnailUrl(projectId, file.id)}
      preview={{ src: fileUrl(projectId, file.id) }}
      alt={file.name}
      width={size}
      height={size}
      style={{ objectFit: 'cover', borderRadius: 4 }}
      data-testid="evidence-thumb"
    />
  );
}

/** Evidence files: images as thumbnails (one preview group), documents as download links. */
export function EvidenceThumbs({ projectId, files, size = 56, testId = 'evidence-thumbs' }: Props) {
  if (files.length === 0) return null;
  const images = files.filter(isImage);
  const documents = files.filter((f) => !isImage(f));
  return (
    <div className="tj-evidence" data-testid={testId}>
      {images.length > 0 && (
        <Image.PreviewGroup>
          {images.map((f) => (
            <Thumb key={f.id} projectId={projectId} file={f} size={size} />
          ))}
        </Image.PreviewGroup>
      )}
      {documents.map((f) => (
        <a key={f.id} href={fileUrl(projectId, f.id, true)} className="tj-file-link" title={f.name}>
          <FileIcon /> {f.name} <span className="tj-muted">({formatBytes(f.size)})</span>
        </a>
      ))}
    </div>
  );
}
