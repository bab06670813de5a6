import { Form, Input, Radio, Select } from 'antd';
import { LIMITS } from '../../../domain/limits';
import {
  ITEM_CATEGORIES,
  ITEM_SOURCES,
  ITEM_WEIGHTS,
  type ItemCategory,
  type ItemWeight,
} from '../../../domain/supervision/items';
import type { MessageKey } from '../../i18n/zh-CN';
import { useT } from '../../i18n/useT';
import { ProjectSelect } from './ProjectSelect';
import { unitFromValue, UnitPicker } from './UnitPicker';

/** The fields a new supervision item is raised with, as the form holds them (the source aside). */
export type ItemFieldValues = {
  title: string;
  description: string;
  category: ItemCategory;
  weight: ItemWeight;
  projectId?: string | null;
  /** "region:411302" / "department:czj", as the unit picker holds it. */
  unit: string;
};

/** Server field paths that belong to a form field of their own. */
export const ITEM_FIELD_MAP = { 'unit.id': ['unit'], 'unit.kind': ['unit'] };

/** The test ids of the fields: each drawer keeps its own. */
export type ItemFieldIds = {
  title: string;
  description: string;
  category: string;
  /** Only where the drawer asks for the source. */
  source?: string;
  weight?: string;
  /** The fixed project's name, when the item is raised from a project. */
  project: string;
  unit: string;
};

type Props = {
  ids: ItemFieldIds;
  /** Ask for the source (来源); a meeting decision has its own. */
  withSource?: boolean;
  /** The project the item is raised from: fixed, shown by name; otherwise a project can be picked. */
  project?: { id: string; name: string };
};

/** The item's common input from the form's values, or null without a unit. */
export function itemInput(v: ItemFieldValues, fixedProjectId?: string) {
  const unit = unitFromValue(v.unit);
  if (!unit) return null;
  return {
    title: v.title.trim(),
    description: v.description.trim(),
    category: v.category,
    weight: v.weight,
    projectId: fixedProjectId ?? v.projectId ?? null,
    unit,
  };
}

/**
 * 督办事项的字段: title, description, category, (source,) weight, project and the unit it goes to;
 * shared by 新建督办 and a meeting's 形成督办事项, inside their own Form.
 */
export function ItemFields({ ids, withSource = false, project }: Props) {
  const t = useT();
  const required = (label: MessageKey, select = false) => ({
    required: true,
    whitespace: !select,
    message: t(select ? 'common.selectRequired' : 'common.required', { field: t(label) }),
  });
  return (
    <>
      <Form.Item name="title" label={t('sv.field.title')} rules={[required('sv.field.title')]}>
        <Input maxLength={LIMITS.name} showCount data-testid={ids.title} />
      </Form.Item>
      <Form.Item
        name="description"
        label={t('sv.field.description')}
        rules={[required('sv.field.description')]}
      >
        <Input.TextArea rows={4} maxLength={LIMITS.description} data-testid={ids.description} />
      </Form.Item>
      <Form.Item name="category" label={t('sv.field.category')} rules={[required('sv.field.category', true)]}>
        <Select
          data-testid={ids.category}
          options={ITEM_CATEGORIES.map((c) => ({ value: c, label: t(`sv.category.${c}`) }))}
        />
      </Form.Item>
      {withSource && (
        <Form.Item name="source" label={t('sv.field.source')} rules={[required('sv.field.source', true)]}>
          <Radio.Group
            data-testid={ids.source}
            options={ITEM_SOURCES.map((s) => ({ value: s, label: t(`sv.source.${s}`) }))}
          />
        </Form.Item>
      )}
      <Form.Item name="weight" label={t('sv.field.weight')} extra={t('sv.field.weightHint')}>
        <Radio.Group
          data-testid={ids.weight}
          optionType="button"
          options={ITEM_WEIGHTS.map((w) => ({ value: w, label: t(`sv.weight.${w}`) }))}
        />
      </Form.Item>
      {project ? (
        <Form.Item label={t('sv.field.project')}>
          <span data-testid={ids.project}>{project.name}</span>
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
        <UnitPicker testId={ids.unit} />
      </Form.Item>
    </>
  );
}
