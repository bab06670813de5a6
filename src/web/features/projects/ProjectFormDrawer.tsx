import { App, Drawer, Form } from 'antd';
import { useEffect } from 'react';
import { useT } from '../../i18n/useT';
import { FormDrawerFooter } from '../../lib/FormDrawerFooter';
import { useIsMobile } from '../../lib/useIsMobile';
import { hasRegionSwitcher } from '../auth/permissions';
import { useCurrentUser } from '../auth/queries';
import { useRegion } from '../org/regionContext';
import {
  PROJECT_FIELD_MAP,
  type ProjectFormValues,
  changedFields,
  emptyFormValues,
  toFormValues,
  toProjectInput,
} from './projectForm';
import { ProjectFormFields } from './ProjectFormFields';
import { useCreateProject, useUpdateProject } from './queries';
import type { Project } from './types';
import { useWriteErrorHandler } from './useConflictDialog';

type Props = {
  open: boolean;
  /** The project to edit; absent to create one. */
  project?: Project;
  onClose: () => void;
  onSaved: (project: Project) => void;
  onReload?: () => void;
};

export function ProjectFormDrawer({ open, project, onClose, onSaved, onReload }: Props) {
  const t = useT();
  const me = useCurrentUser();
  const mobile = useIsMobile();
  const { message } = App.useApp();
  const { regionId } = useRegion();
  const [form] = Form.useForm<ProjectFormValues>();
  const create = useCreateProject();
  const update = useUpdateProject(project?.id ?? '');
  const fixedRegion = !hasRegionSwitcher(me.role);
  const handleError = useWriteErrorHandler(() => {
    onReload?.();
    onClose();
  });

  // Fill the form each time the drawer opens (not on later refetches, which would wipe edits).
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(
      project
        ? toFormValues(project)
        : ({
            ...emptyFormValues(fixedRegion ? (me.regionId ?? '') : regionId),
            ownerId: me.id,
          } as ProjectFormValues),
    );
  }, [open, form]);

  const submit = (values: ProjectFormValues) => {
    const input = toProjectInput({
      ...values,
      regionId: fixedRegion ? (me.regionId ?? values.regionId) : values.regionId,
    });
    const done = (saved: Project) => {
      void message.success(t(project ? 'project.saved' : 'project.created'));
      onSaved(saved);
    };
    const fail = (error: unknown) => handleError(error, form, PROJECT_FIELD_MAP);
    if (!project) {
      create.mutate(input, { onSuccess: done, onError: fail });
      return;
    }
    const changes = changedFields(project, input);
    if (Object.keys(changes).length === 0) {
      void message.info(t('project.noChanges'));
      onClose();
      return;
    }
    update.mutate({ version: project.version, ...changes }, { onSuccess: done, onError: fail });
  };

  const pending = create.isPending || update.isPending;
  return (
    <Drawer
      title={t(project ? 'project.editTitle' : 'project.createTitle')}
      open={open}
      onClose={onClose}
      size={mobile ? '100%' : 720}
      forceRender
      footer={
        <FormDrawerFooter
          onCancel={onClose}
          onSubmit={() => form.submit()}
          loading={pending}
          submitTestId="project-form-submit"
        />
      }
    >
      <Form<ProjectFormValues>
        data-testid="project-form"
        form={form}
        layout="vertical"
        onFinish={submit}
        scrollToFirstError
      >
        <ProjectFormFields fixedRegion={fixedRegion} />
      </Form>
    </Drawer>
  );
}
