import { Alert } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../i18n/useT';
import { DUPLICATE_READERS } from '../auth/permissions';
import { useCurrentUser } from '../auth/queries';
import type { Project } from './types';

/** Tells that a project is a possible double claim (not counted until decided), or was merged. */
export function DuplicateAlerts({ project: p }: { project: Project }) {
  const t = useT();
  const me = useCurrentUser();
  return (
    <>
      {p.mergedIntoId && (
        <Alert
          type="info"
          showIcon
          style={{ marginTop: 12 }}
          data-testid="project-merged"
          title={t('duplicate.mergedInto')}
          action={<Link to={`/projects/${p.mergedIntoId}`}>{t('duplicate.openOriginal')}</Link>}
        />
      )}
      {p.openDuplicates > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 12 }}
          data-testid="project-open-duplicates"
          title={t('duplicate.openOnProject', { count: p.openDuplicates })}
          description={t('duplicate.openOnProjectHint')}
          action={
            DUPLICATE_READERS.includes(me.role) ? (
              <Link to="/duplicates">{t('duplicate.review')}</Link>
            ) : undefined
          }
        />
      )}
    </>
  );
}
