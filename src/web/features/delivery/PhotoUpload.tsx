import { App, Upload } from 'antd';
import type { UploadFile, UploadProps } from 'antd';
import { EVIDENCE_MIME_TYPES, LIMITS } from '../../../domain/limits';
import { useT } from '../../i18n/useT';
import { errorMessage } from '../../lib/errors';
import { formatBytes } from '../../lib/format';
import { CameraIcon } from '../../lib/icons';
import { uploadWithProgress } from '../../lib/uploadWithProgress';
import { fileUrl } from '../projects/queries';
import type { EvidenceFile } from '../projects/types';
import { thumbnailUrl } from './queries';

export type PhotoFile = UploadFile<EvidenceFile>;

const PHOTO_TYPES: readonly string[] = EVIDENCE_MIME_TYPES.filter((m) => m.startsWith('image/'));

/** An already uploaded photo as an entry of the upload list (its server thumbnail). */
export function photoEntry(projectId: string, f: EvidenceFile): PhotoFile {
  return {
    uid: f.id,
    name: f.name,
    status: 'done',
    size: f.size,
    type: f.mime,
    url: fileUrl(projectId, f.id),
    thumbUrl: thumbnailUrl(projectId, f.id),
    response: f,
  };
}

type Props = {
  projectId: string;
  value?: PhotoFile[];
  onChange?: (files: PhotoFile[]) => void;
  max?: number;
  testId?: string;
};

/**
 * On-site photos: the phone's camera opens directly (capture="environment"); each photo is uploaded
 * at once with its progress, and the form collects the returned ids.
 */
export function PhotoUpload({
  projectId,
  value = [],
  onChange,
  max = LIMITS.evidencePerTransition,
  testId = 'photo-upload',
}: Props) {
  const t = useT();
  const { message } = App.useApp();

  const beforeUpload: UploadProps['beforeUpload'] = (file, batch) => {
    const position = value.length + batch.indexOf(file);
    if (position >= max) {
      if (position === max) void message.warning(t('transition.tooManyFiles', { count: max }));
      return Upload.LIST_IGNORE;
    }
    if (file.size > LIMITS.fileBytes) {
      void message.error(
        t('transition.fileTooLarge', { name: file.name, max: formatBytes(LIMITS.fileBytes) }),
      );
      return Upload.LIST_IGNORE;
    }
    if (file.type && !PHOTO_TYPES.includes(file.type)) {
      void message.error(t('transition.fileTypeNotAllowed', { name: file.name }));
      return Upload.LIST_IGNORE;
    }
    return true;
  };

  const customRequest: UploadProps['customRequest'] = ({ file, onProgress, onSuccess, onError }) => {
    const form = new FormData();
    const blob = file as File;
    form.append('file', blob, blob.name);
    uploadWithProgress<EvidenceFile>(`/api/projects/${encodeURIComponent(projectId)}/files`, form, {
      onProgress: (p) => onProgress?.({ percent: p.percent }),
    }).then(
      (uploaded) => onSuccess?.(uploaded),
      (error: unknown) => {
        void message.error(errorMessage(t, error));
        onError?.(error instanceof Error ? error : new Error(String(error)));
      },
    );
  };

  return (
    <div data-testid={testId}>
      <Upload<EvidenceFile>
        multiple
        listType="picture-card"
        accept="image/*"
        capture="environment"
        fileList={value}
        beforeUpload={beforeUpload}
        customRequest={customRequest}
        showUploadList={{ showPreviewIcon: false }}
        onChange={({ fileList }) => onChange?.(fileList.filter((f) => f.status !== 'error'))}
      >
        {value.length < max && (
          <button type="button" className="tj-photo-add" data-testid={`${testId}-button`}>
            <CameraIcon />
            <span>{t('monthly.addPhoto')}</span>
          </button>
        )}
      </Upload>
    </div>
  );
}
