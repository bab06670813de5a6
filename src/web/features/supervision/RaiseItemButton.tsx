import { Button } from 'antd';
import { useState } from 'react';
import { useT } from '../../i18n/useT';
import { canCreateSupervision } from '../auth/permissions';
import { useCurrentUser } from '../auth/queries';
import { CreateItemDrawer } from './CreateItemDrawer';
import { SupervisionIcon } from './SupervisionIcon';

/** 提请督办 on a project page: the new-item drawer with the project fixed; for roles that raise items. */
export function RaiseItemButton({ project }: { project: { id: string; name: string } }) {
  const t = useT();
  const me = useCurrentUser();
  const [open, setOpen] = useState(false);
  if (!canCreateSupervision(me.role)) return null;
  return (
    <>
      <Button icon={<SupervisionIcon />} onClick={() => setOpen(true)} data-testid="project-raise-item">
        {t('sv.project.raise')}
      </Button>
      <CreateItemDrawer open={open} onClose={() => setOpen(false)} project={project} />
    </>
  );
}
