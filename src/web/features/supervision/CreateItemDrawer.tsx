import { App, Drawer, Form } from 'antd';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import type { ItemSource } from '../../../domain/supervision/items';
import { useT } from '../../i18n/useT';
import { applyFieldErrors, errorMessage } from '../../lib/errors';
import { FormDrawerFooter } from '../../lib/FormDrawerFooter';
import { useIsMobile } from '../../lib/useIsMobile';
import { ITEM_FIELD_MAP, ItemFields, itemInput, type ItemFieldIds, type ItemFieldValues } from './ItemFields';
import { useCreateItem } from './queries';

type Values = ItemFieldValues & { source: ItemSource };

const IDS: ItemFieldIds = {
  title: 'sv-title',
  description: 'sv-description',
  category: 'sv-category',
  source: 'sv-source',
  weight: 'sv-weight',
  project: 'sv-project-fixed',
  unit: 'sv-unit',
};

type Props = {
  open: boolean;
  onClose: () => void;
  /** A project to preselect (the board's project filter); still changeable. */
  projectId?: string;
  /** The project the item is raised from (提请督办 on its page): fixed, shown by name. */
  project?: { id: string; name: string };
};

/** 新建督办: raise an item and assign it to a unit; the clock starts at once. */
export function CreateItemDrawer({ open, onClose, projectId: preselected, project }: Props) {
  const t = useT();
  const mobile = useIsMobile();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateItem();
  const projectId = project?.id ?? preselected;

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue({
      weight: 'ordinary',
      source: projectId ? 'project_blocker' : undefined,
      projectId: projectId ?? null,
    });
  }, [open, form, projectId]);

  const submit = (v: Values) => {
    const input = itemInput(v, project?.id);
    if (!input) return;
    create.mutate(
      { ...input, source: v.source },
      {
        onSuccess: (item) => {
          void message.success(t('sv.created'));
          onClose();
          void navigate(`/supervision/${item.id}`);
        },
        onError: (error) => {
          applyFieldErrors(t, form, error, ITEM_FIELD_MAP);
          void message.error(errorMessage(t, error));
        },
      },
    );
  };

  return (
    <Drawer
      title={project ? t('sv.project.raiseTitle') : t('sv.new')}
      open={open}
      onClose={onClose}
      placement={mobile ? 'bottom' : 'right'}
      size={mobile ? '92%' : 560}
      forceRender
      footer={
        <FormDrawerFooter
          onCancel={onClose}
          onSubmit={() => form.submit()}
          loading={create.isPending}
          submitTestId="sv-create-submit"
          size={mobile ? 'large' : 'middle'}
        />
      }
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        data-testid="sv-create-form"
        scrollToFirstError
      >
        <ItemFields ids={IDS} withSource project={project} />
      </Form>
    </Drawer>
  );
}
