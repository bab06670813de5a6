import { App, Button, Upload } from 'antd';
import type { UploadFile, UploadProps } from 'antd';
import { EVIDENCE_MIME_TYPES, LIMITS } from '../../../domain/limits';
import { useT } from '../../i18n/useT';
import { errorMessage } from '../../lib/errors';
import { formatBytes } from '../../lib/format';
import { UploadIcon } from '../../lib/icons';
import { uploadEvidence } from './queries';
import type { EvidenceFile } from './types';

export type EvidenceUploadFile = UploadFile<EvidenceFile>;

type Props = {
  projectId: string;
  value?: EvidenceUploadFile[];
  onChange?: (files: EvidenceUploadFile[]) => void;
};

/** Uploads each chosen file at once (POST /files); the form collects the returned ids. */
export function EvidenceUpload({ projectId, value = [], onChange }: Props) {
  const t = useT();
  const { message } = App.useApp();

  const beforeUpload: UploadProps['beforeUpload'] = (file, batch) => {
    const position = value.length + batch.indexOf(file);
    if (position >= LIMITS.evidencePerTransition) {
      // Warn once per batch: at the first file over the limit.
      if (position === LIMITS.evidencePerTransition) {
        void message.warning(t('transition.tooManyFiles', { count: LIMITS.evidencePerTransition }));
      }
      return Upload.LIST_IGNORE;
    }
    if (file.size > LIMITS.fileBytes) {
      void message.error(
        t('transition.fileTooLarge', { name: file.name, max: formatBytes(LIMITS.fileBytes) }),
      );
      return Upload.LIST_IGNORE;
    }
    if (file.type && !(EVIDENCE_MIME_TYPES as readonly string[]).includes(file.type)) {
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
    <Upload<EvidenceFile>
      data-testid="evidence-upload"
      multiple
      listType="picture"
      accept={EVIDENCE_MIME_TYPES.join(',')}
      fileList={value}
      beforeUpload={beforeUpload}
      customRequest={customRequest}
      onChange={({ fileList }) => onChange?.(fileList.filter((f) => f.status !== 'error'))}
    >
      <Button icon={<UploadIcon />} data-testid="evidence-upload-button">
        {t('transition.upload')}
      </Button>
    </Upload>
  );
}
