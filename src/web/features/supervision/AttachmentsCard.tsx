import { Alert, App, Button, Card, Empty, Image, Spin, Upload } from 'antd';
import type { UploadProps } from 'antd';
import { EVIDENCE_MIME_TYPES, LIMITS } from '../../../domain/limits';
import { useT } from '../../i18n/useT';
import { errorMessage } from '../../lib/errors';
import { formatBytes } from '../../lib/format';
import { FileIcon, UploadIcon } from '../../lib/icons';
import { shanghaiDateTime } from '../../lib/shanghaiTime';
import { itemFileUrl, itemThumbnailUrl, useAttachFile, useItemFiles, type ItemFile } from './attachments';
import type { ItemDetail } from './types';
import './attachments.css';

/**
 * What the file picker offers: `image/*` makes a phone offer its camera next to its photos;
 * PDF, Word and Excel by type and by extension (some systems know only one of them).
 */
const ACCEPT = [
  'image/*',
  '.pdf',
  '.docx',
  '.xlsx',
  ...EVIDENCE_MIME_TYPES.filter((m) => !m.startsWith('image/')),
].join(',');

const isImage = (f: ItemFile) => f.mime.startsWith('image/') && f.hasThumbnail;

/** 附件: the item's papers and photos — images as thumbnails (preview opens the file), documents as links. */
export function AttachmentsCard({ item }: { item: ItemDetail }) {
  const t = useT();
  const { message } = App.useApp();
  const files = useItemFiles(item.id);
  const attach = useAttachFile(item.id);
  const list = files.data?.items ?? [];
  const images = list.filter(isImage);
  const documents = list.filter((f) => !isImage(f));
  // The server's answer, and the item as it is now (an action may have closed it since).
  const canAttach = files.data?.canAttach === true && item.state !== 'closed';

  const beforeUpload: UploadProps['beforeUpload'] = (file) => {
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
    attach.mutate(file as File, {
      onSuccess: (uploaded) => {
        void message.success(t('sv.files.uploaded', { name: uploaded.name }));
        onSuccess?.(uploaded);
      },
      onError: (error) => {
        void message.error(errorMessage(t, error));
        onError?.(error);
      },
    });
  };

  return (
    <Card
      size="small"
      title={t('sv.files.title', { count: list.length })}
      data-testid="sv-files"
      extra={
        canAttach && (
          <Upload
            accept={ACCEPT}
            multiple
            showUploadList={false}
            beforeUpload={beforeUpload}
            customRequest={customRequest}
          >
            <Button icon={<UploadIcon />} loading={attach.isPending} data-testid="sv-files-upload">
              {t('sv.files.upload')}
            </Button>
          </Upload>
        )
      }
    >
      {files.error ? (
        <Alert type="error" showIcon title={errorMessage(t, files.error)} />
      ) : files.isPending ? (
        <Spin />
      ) : list.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={canAttach ? t('sv.files.emptyHint') : t('sv.files.empty')}
        />
      ) : (
        <>
          {images.length > 0 && (
            <div className="tj-sv-files-photos">
              <Image.PreviewGroup>
                {images.map((f) => (
                  <figure key={f.id} className="tj-sv-files-photo" data-testid="sv-file-photo">
                    <Image
                      src={itemThumbnailUrl(item.id, f.id)}
                      preview={{ src: itemFileUrl(item.id, f.id) }}
                      alt={f.name}
                      width={88}
                      height={88}
                      style={{ objectFit: 'cover', borderRadius: 4 }}
                    />
                    <figcaption title={`${f.name} · ${f.uploadedBy} · ${shanghaiDateTime(f.createdAt)}`}>
                      <span>{f.name}</span>
                      <span className="tj-muted">{f.uploadedBy}</span>
                    </figcaption>
                  </figure>
                ))}
              </Image.PreviewGroup>
            </div>
          )}
          {documents.length > 0 && (
            <ul className="tj-sv-files-docs">
              {documents.map((f) => (
                <li key={f.id} data-testid="sv-file-doc">
                  <a href={itemFileUrl(item.id, f.id, true)} title={f.name}>
                    <FileIcon /> {f.name}
                  </a>
                  <span className="tj-muted">
                    {f.uploadedBy} · {shanghaiDateTime(f.createdAt)} · {formatBytes(f.size)}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {canAttach && (
        <div className="tj-sv-files-hint">{t('sv.files.hint', { max: formatBytes(LIMITS.fileBytes) })}</div>
      )}
    </Card>
  );
}
