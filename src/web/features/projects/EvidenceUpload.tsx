import { App, Button, Upload } from 'antd';
import type { UploadFile, UploadProps } from 'antd';
import { EVIDENCE_MIME_TYPES, LIMITS } from '../../../domain/limits';
import { useT } from '../../i18n/useT';
import { errorMessage } from '../../lib/errors';
import { formatBytes } from '../../lib/format';
import { CameraIcon, UploadIcon } from '../../lib/icons';
import { uploadEvidence } from './queries';
import type { EvidenceFile } from './types';

export type EvidenceUploadFile = UploadFile<EvidenceFile>;

type Props = {
  projectId: string;
  value?: EvidenceUploadFile[];
  onChange?: (files: EvidenceUploadFile[]) => void;
  /** At most this many files (default: the evidence limit of a transition). */
  max?: number;
  /** Accepted types (default: every evidence type); e.g. images only for on-site photos. */
  accept?: readonly string[];
  /** Photos as thumbnails with a camera button (phones offer the camera for image/*). */
  photos?: boolean;
  testId?: string;
};

/** Uploads each chosen file at once (POST /files); the form collects the returned ids. */
export function EvidenceUpload({
  projectId,
  value = [],
  onChange,
  max = LIMITS.evidencePerTransition,
  accept = EVIDENCE_MIME_TYPES,
  photos = false,
  testId = 'evidence-upload',
}: Props) {
  const t = useT();
  const { message } = App.useApp();

  const beforeUpload: UploadProps['beforeUpload'] = (file, batch) => {
    const position = value.length + batch.indexOf(file);
    if (position >= max) {
      // Warn once per batch: at the first file over the limit.
      if (position === max) {
        void message.warning(t('transition.tooManyFiles', { count: max }));
      }
      return Upload.LIST_IGNORE;
    }
    if (file.size > LIMITS.fileBytes) {
      void message.error(
        t('transition.fileTooLarge', { name: file.name, max: formatBytes(LIMITS.fileBytes) }),
      );
      return Upload.LIST_IGNORE;
    }
    if (file.type && !accept.includes(file.type)) {
      void message.error(t('transition.fileTypeNotAllowed', { name: file.name }));
      return Upload.LIST_IGNORE;
    }
    return true;
  };

  const customRequest: UploadProps['customRequest'] = ({ file, onSuccess, onError }) => {
    uploadEvidence(projectId, file as File).then(
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
        multiple={max > 1}
        listType={photos ? 'picture-card' : 'picture'}
        accept={accept.join(',')}
        fileList={value}
        beforeUpload={beforeUpload}
        customRequest={customRequest}
        onChange={({ fileList }) => onChange?.(fileList.filter((f) => f.status !== 'error'))}
      >
        {photos ? (
          value.length < max && (
            <button type="button" className="tj-photo-add" data-testid={`${testId}-button`}>
              <CameraIcon />
              <span>{t('visit.addPhoto')}</span>
            </button>
          )
        ) : (
          <Button icon={<UploadIcon />} data-testid={`${testId}-button`} disabled={value.length >= max}>
            {t('transition.upload')}
          </Button>
        )}
      </Upload>
    </div>
  );
}
