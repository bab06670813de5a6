import { Alert, App, Drawer, Form, Input, Radio, Select } from 'antd';
import { useEffect } from 'react';
import { LIMITS } from '../../../domain/limits';
import {
  ITEM_CATEGORIES,
  ITEM_WEIGHTS,
  type ItemCategory,
  type ItemWeight,
} from '../../../domain/supervision/items';
import type { MessageKey } from '../../i18n/zh-CN';
import { useT } from '../../i18n/useT';
import { applyFieldErrors, errorMessage } from '../../lib/errors';
import { FormDrawerFooter } from '../../lib/FormDrawerFooter';
import { useIsMobile } from '../../lib/useIsMobile';
import { ProjectSelect } from '../supervision/ProjectSelect';
import { unitFromValue, UnitPicker } from '../supervision/UnitPicker';
import { useAddDecision } from './queries';
import type { DecisionPrefill } from './types';

type Values = {
  title: string;
  description: string;
  category: ItemCategory;
  weight: ItemWeight;
  projectId?: string | null;
  unit: string;
};

const FIELD_MAP = { 'unit.id': ['unit'], 'unit.kind': ['unit'] };

/** What the drawer is open for: a blank decision, or one started from an agenda line. */
export type DecisionTarget = { prefill: DecisionPrefill; from?: string };

type Props = {
  meetingId: string;
  target: DecisionTarget | null;
  /** The decisions already recorded: the new one is the one not among them. */
  knownIds: string[];
  onClose: () => void;
};

/**
 * 形成督办事项: a decision of the meeting, recorded as a supervision item (source: meeting decision)
 * in one action. The same fields as the supervision office's new-item drawer, minus the source.
 */
export function DecisionDrawer({ meetingId, target, knownIds, onClose }: Props) {
  const t = useT();
  const mobile = useIsMobile();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const add = useAddDecision(meetingId);
  const open = target !== null;
  const prefill = target?.prefill;
  const project = prefill?.project;

  useEffect(() => {
    if (!prefill) return;
    form.resetFields();
    form.setFieldsValue({
      title: prefill.title,
      description: prefill.description,
      category: prefill.category,
      weight: 'ordinary',
      projectId: prefill.project?.id ?? null,
      unit: prefill.unit,
    });
  }, [prefill, form]);

  const required = (label: MessageKey, select = false) => ({
    required: true,
    whitespace: !select,
    message: t(select ? 'common.selectRequired' : 'common.required', { field: t(label) }),
  });

  const submit = (v: Values) => {
    const unit = unitFromValue(v.unit);
    if (!unit) return;
    add.mutate(
      {
        title: v.title.trim(),
        description: v.description.trim(),
        category: v.category,
        weight: v.weight,
        projectId: project?.id ?? v.projectId ?? null,
        unit,
      },
      {
        onSuccess: (meeting) => {
          const made = meeting.decisions.find((d) => !knownIds.includes(d.id));
          void message.success(t('mt.decisions.created', { code: made?.code ?? '' }));
          onClose();
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
      title={t('mt.decisions.formTitle')}
      open={open}
      onClose={onClose}
      placement={mobile ? 'bottom' : 'right'}
      size={mobile ? '92%' : 560}
      forceRender
      footer={
        <FormDrawerFooter
          onCancel={onClose}
          onSubmit={() => form.submit()}
          loading={add.isPending}
          submitTestId="mt-decision-submit"
          submitLabel={t('mt.decisions.new')}
          size={mobile ? 'large' : 'middle'}
        />
      }
    >
      {target?.from && (
        <div className="tj-mt-decision-from" data-testid="mt-decision-from">
          {t('mt.decisions.fromRow', { what: target.from })}
        </div>
      )}
      <Alert type="info" showIcon title={t('mt.decisions.sourceNote')} style={{ marginBottom: 16 }} />
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        data-testid="mt-decision-form"
        scrollToFirstError
      >
        <Form.Item name="title" label={t('sv.field.title')} rules={[required('sv.field.title')]}>
          <Input maxLength={LIMITS.name} showCount data-testid="mt-decision-title" />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('sv.field.description')}
          rules={[required('sv.field.description')]}
        >
          <Input.TextArea rows={4} maxLength={LIMITS.description} data-testid="mt-decision-description" />
        </Form.Item>
        <Form.Item
          name="category"
          label={t('sv.field.category')}
          rules={[required('sv.field.category', true)]}
        >
          <Select
            data-testid="mt-decision-category"
            options={ITEM_CATEGORIES.map((c) => ({ value: c, label: t(`sv.category.${c}`) }))}
          />
        </Form.Item>
        <Form.Item name="weight" label={t('sv.field.weight')} extra={t('sv.field.weightHint')}>
          <Radio.Group
            optionType="button"
            options={ITEM_WEIGHTS.map((w) => ({ value: w, label: t(`sv.weight.${w}`) }))}
          />
        </Form.Item>
        {project ? (
          <Form.Item label={t('sv.field.project')}>
            <span data-testid="mt-decision-project">{project.name}</span>
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
          <UnitPicker testId="mt-decision-unit" />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
