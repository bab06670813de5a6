import { App, Drawer, Form, Input, Radio, Select } from 'antd';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { LIMITS } from '../../../domain/limits';
import {
  ITEM_CATEGORIES,
  ITEM_SOURCES,
  ITEM_WEIGHTS,
  type ItemCategory,
  type ItemSource,
  type ItemWeight,
} from '../../../domain/supervision/items';
import type { MessageKey } from '../../i18n/zh-CN';
import { useT } from '../../i18n/useT';
import { applyFieldErrors, errorMessage } from '../../lib/errors';
import { FormDrawerFooter } from '../../lib/FormDrawerFooter';
import { useIsMobile } from '../../lib/useIsMobile';
import { ProjectSelect } from './ProjectSelect';
import { useCreateItem } from './queries';
import { unitFromValue, UnitPicker } from './UnitPicker';

type Values = {
  title: string;
  description: string;
  category: ItemCategory;
  source: ItemSource;
  weight: ItemWeight;
  projectId?: string | null;
  unit: string;
};

const FIELD_MAP = { 'unit.id': ['unit'], 'unit.kind': ['unit'] };

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

  const required = (label: MessageKey, select = false) => ({
    required: true,
    whitespace: !select,
    message: t(select ? 'common.selectRequired' : 'common.required', { field: t(label) }),
  });

  const submit = (v: Values) => {
    const unit = unitFromValue(v.unit);
    if (!unit) return;
    create.mutate(
      {
        title: v.title.trim(),
        description: v.description.trim(),
        category: v.category,
        source: v.source,
        weight: v.weight,
        projectId: project?.id ?? v.projectId ?? null,
        unit,
      },
      {
        onSuccess: (item) => {
          void message.success(t('sv.created'));
          onClose();
          void navigate(`/supervision/${item.id}`);
        },
        onError: (error) => {
          applyFieldErrors(t, form, error, FIELD_MAP);
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
        <Form.Item name="title" label={t('sv.field.title')} rules={[required('sv.field.title')]}>
          <Input maxLength={LIMITS.name} showCount data-testid="sv-title" />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('sv.field.description')}
          rules={[required('sv.field.description')]}
        >
          <Input.TextArea rows={4} maxLength={LIMITS.description} data-testid="sv-description" />
        </Form.Item>
        <Form.Item
          name="category"
          label={t('sv.field.category')}
          rules={[required('sv.field.category', true)]}
        >
          <Select
            data-testid="sv-category"
            options={ITEM_CATEGORIES.map((c) => ({ value: c, label: t(`sv.category.${c}`) }))}
          />
        </Form.Item>
        <Form.Item name="source" label={t('sv.field.source')} rules={[required('sv.field.source', true)]}>
          <Radio.Group
            data-testid="sv-source"
            options={ITEM_SOURCES.map((s) => ({ value: s, label: t(`sv.source.${s}`) }))}
          />
        </Form.Item>
        <Form.Item name="weight" label={t('sv.field.weight')} extra={t('sv.field.weightHint')}>
          <Radio.Group
            data-testid="sv-weight"
            optionType="button"
            options={ITEM_WEIGHTS.map((w) => ({ value: w, label: t(`sv.weight.${w}`) }))}
          />
        </Form.Item>
        {project ? (
          <Form.Item label={t('sv.field.project')}>
            <span data-testid="sv-project-fixed">{project.name}</span>
          </Form.Item>
        ) : (
          <Form.Item name="projectId" label={t('sv.field.project')}>
            <ProjectSelect />
          </Form.Item>
        )}
        <Form.Item
          name="unit"
          label={t('sv.field.unit')}
          rules={[required('sv.field.unit', true)]}
          extra={t('sv.field.handlerHint')}
        >
          <UnitPicker testId="sv-unit" />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
