import { Button, Space } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../../i18n/useT';
import { PlusIcon } from '../../lib/icons';
import { useIsMobile } from '../../lib/useIsMobile';
import { canWriteProjects } from '../auth/permissions';
import { useCurrentUser } from '../auth/queries';
import { ExportButton } from './ExportButton';
import { ProjectCards } from './ProjectCards';
import { ProjectFilters } from './ProjectFilters';
import { ProjectFormDrawer } from './ProjectFormDrawer';
import { ProjectTable } from './ProjectTable';
import { useProjectList } from './queries';
import { useProjectFilters } from './useProjectFilters';
import { QueryErrorAlert } from '../../lib/QueryErrorAlert';
import './projects.css';

/** /projects: filters, server-side paged table (cards on phones), and the create drawer. */
export function ProjectListPage() {
  const t = useT();
  const me = useCurrentUser();
  const mobile = useIsMobile();
  const navigate = useNavigate();
  const { params, setFilters, setPage, setSort, reset } = useProjectFilters();
  const list = useProjectList(params);
  const [creating, setCreating] = useState(false);

  const listProps = {
    items: list.data?.items ?? [],
    total: list.data?.total ?? 0,
    page: params.page,
    pageSize: params.pageSize,
    loading: list.isFetching,
    onPage: setPage,
  };

  return (
    <>
      <div className="tj-page-head">
        <div>
          <h1 className="tj-page-title">{t('projects.title')}</h1>
          <div className="tj-page-subtitle">{t('projects.subtitle')}</div>
        </div>
        <Space wrap>
          <ExportButton params={params} compact={mobile} />
          {canWriteProjects(me.role) && (
            <Button
              type="primary"
              icon={<PlusIcon />}
              onClick={() => setCreating(true)}
              data-testid="project-create"
            >
              {t('projects.new')}
            </Button>
          )}
        </Space>
      </div>
      <ProjectFilters values={params} onChange={setFilters} onReset={reset} />
      <QueryErrorAlert query={list} spaced />
      {mobile ? (
        <ProjectCards {...listProps} />
      ) : (
        <ProjectTable {...listProps} sort={params.sort} order={params.order} onSort={setSort} />
      )}
      {canWriteProjects(me.role) && (
        <ProjectFormDrawer
          open={creating}
          onClose={() => setCreating(false)}
          onSaved={(project) => {
            setCreating(false);
            void navigate(`/projects/${project.id}`);
          }}
        />
      )}
    </>
  );
}
