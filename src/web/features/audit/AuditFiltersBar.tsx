import { Button, DatePicker, Form, Input, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useT } from '../../i18n/useT';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES, type AuditFilters } from './types';

type FormValues = {
  actor?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
};

export const EMPTY_AUDIT_FILTERS: AuditFilters = {
  actor: '',
  action: '',
  entityType: '',
  entityId: '',
  from: '',
  to: '',
};

/** Actor, action, entity and date range; applied on 查询. */
export function AuditFiltersBar({ onApply }: { onApply: (filters: AuditFilters) => void }) {
  const t = useT();
  const [form] = Form.useForm<FormValues>();
  const apply = (v: FormValues) =>
    onApply({
      actor: v.actor?.trim() ?? '',
      action: v.action ?? '',
      entityType: v.entityType ?? '',
      entityId: v.entityId?.trim() ?? '',
      // Instants with offset; `to` is exclusive, so the end day is included whole.
      from: v.range?.[0]?.startOf('day').toISOString() ?? '',
      to: v.range?.[1]?.add(1, 'day').startOf('day').toISOString() ?? '',
    });
  return (
    <Form<FormValues> form={form} layout="inline" className="tj-filters tj-audit-filters" onFinish={apply}>
      <Form.Item name="actor">
        <Input allowClear placeholder={t('audit.filter.actor')} data-testid="audit-filter-actor" />
      </Form.Item>
      <Form.Item name="action">
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('audit.filter.action')}
          style={{ width: 180 }}
          data-testid="audit-filter-action"
          options={AUDIT_ACTIONS.map((a) => ({ value: a, label: t.label('audit.action', a) }))}
        />
      </Form.Item>
      <Form.Item name="entityType">
        <Select
          allowClear
          placeholder={t('audit.filter.entityType')}
          style={{ width: 150 }}
          options={AUDIT_ENTITY_TYPES.map((e) => ({ value: e, label: t.label('audit.entity', e) }))}
        />
      </Form.Item>
      <Form.Item name="entityId">
        <Input allowClear placeholder={t('audit.filter.entityId')} />
      </Form.Item>
      <Form.Item name="range">
        <DatePicker.RangePicker allowEmpty={[true, true]} />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" data-testid="audit-filter-submit">
          {t('common.search')}
        </Button>
        <Button
          onClick={() => {
            form.resetFields();
            onApply(EMPTY_AUDIT_FILTERS);
          }}
        >
          {t('common.reset')}
        </Button>
      </Space>
    </Form>
  );
}
