import { Progress } from 'antd';
import { useT } from '../../i18n/useT';

/** The upload's progress, then the server's work (parsing and checking every cell). */
export function UploadProgress({
  percent,
  processing,
  dryRun,
}: {
  percent: number;
  processing: boolean;
  dryRun: boolean;
}) {
  const t = useT();
  return (
    <div className="tj-import-progress" data-testid="import-progress">
      <Progress percent={percent} status={processing ? 'active' : 'normal'} />
      <div className="tj-muted">
        {processing
          ? t(dryRun ? 'import.checking' : 'import.committing')
          : t('import.uploading', { percent })}
      </div>
    </div>
  );
}
