import { Button, DatePicker, Form, Input, InputNumber, Rate, Select } from 'antd';
import dayjs from 'dayjs';
import { LIMITS } from '../../../domain/limits';
import type { MessageKey } from '../../i18n/zh-CN';
import { useI18n } from '../../i18n/useT';
import { useIsMobile } from '../../lib/useIsMobile';
import { shortDate } from '../../lib/shanghaiTime';
import type { ActionType, ItemDetail } from './types';
import { UnitPicker } from './UnitPicker';

/** The fields of one action's form (the modal wraps them). */
export function ActionFields({ type, item }: { type: ActionType; item: ItemDetail }) {
  const { t, locale } = useI18n();
  const mobile = useIsMobile();
  const need = (label: MessageKey) => ({
    required: true,
    whitespace: true,
    message: t('common.required', { field: t(label) }),
  });
  const pick = (label: MessageKey) => ({
    required: true,
    message: t('common.selectRequired', { field: t(label) }),
  });
  const note = (label: MessageKey, required: boolean) => (
    <Form.Item name="note" label={t(label)} rules={required ? [need(label)] : []}>
      <Input.TextArea rows={4} maxLength={LIMITS.note} showCount data-testid="sv-action-note" />
    </Form.Item>
  );
  const reason = (
    <Form.Item name="reason" label={t('sv.field.reason')} rules={[need('sv.field.reason')]}>
      <Input.TextArea rows={3} maxLength={LIMITS.note} showCount data-testid="sv-action-reason" />
    </Form.Item>
  );
  const days = (label: MessageKey) => (
    <Form.Item name="days" label={t(label)} rules={[pick(label)]}>
      <InputNumber min={1} max={90} precision={0} style={{ width: 160 }} data-testid="sv-action-days" />
    </Form.Item>
  );
  const resolve = item.targets.find((x) => x.key === 'resolve');
  switch (type) {
    case 'returned':
      return reason;
    case 'deployed':
      return note('sv.field.note', false);
    case 'reported':
      return note('sv.field.reportNote', true);
    case 'resolved':
      return note('sv.field.resolveNote', true);
    case 'extension_requested':
      return (
        <>
          {days('sv.field.days')}
          {reason}
          {resolve && (
            <div className="tj-muted">
              {t('sv.action.extensionHint', { date: shortDate(resolve.deadline, locale) })}
            </div>
          )}
        </>
      );
    case 'extension_approved':
      return days('sv.field.approveDays');
    case 'extension_refused':
      return reason;
    case 'step_done':
      return (
        <Form.Item name="step" label={t('sv.field.step')} rules={[pick('sv.field.step')]}>
          <Select
            data-testid="sv-action-step"
            options={item.plan.flatMap((s, i) =>
              s.doneAt ? [] : [{ value: i, label: `${i + 1}. ${s.title}（${shortDate(s.due, locale)}）` }],
            )}
          />
        </Form.Item>
      );
    case 'verified':
      return (
        <>
          <Form.Item
            name="satisfaction"
            label={t('sv.field.satisfaction')}
            rules={[pick('sv.field.satisfaction')]}
          >
            <Rate data-testid="sv-action-satisfaction" />
          </Form.Item>
          {note('sv.field.note', false)}
        </>
      );
    case 'assigned':
      return (
        <Form.Item name="unit" label={t('sv.field.unit')} rules={[pick('sv.field.unit')]}>
          <UnitPicker testId="sv-action-unit" />
        </Form.Item>
      );
    case 'plan_filed':
      return (
        <>
          <div className="tj-muted" style={{ marginBottom: 12 }}>
            {t('sv.action.planHint')}
          </div>
          <Form.List name="steps" initialValue={[{}]}>
            {(fields, { add, remove }) => (
              <>
                {fields.map((field, i) => (
                  <div key={field.key} className="tj-sv-step-row">
                    <span className="tj-sv-step-n">{i + 1}.</span>
                    <Form.Item
                      className="tj-sv-step-title"
                      name={[field.name, 'title']}
                      rules={[need('sv.field.stepTitle')]}
                    >
                      <Input placeholder={t('sv.field.stepTitle')} maxLength={LIMITS.shortText} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'due']} rules={[pick('sv.field.stepDue')]}>
                      <DatePicker
                        placeholder={t('sv.field.stepDue')}
                        inputReadOnly={mobile}
                        disabledDate={(d) => d.isBefore(dayjs(), 'day')}
                      />
                    </Form.Item>
                    {fields.length > 1 && (
                      <Button type="link" onClick={() => remove(field.name)}>
                        {t('common.remove')}
                      </Button>
                    )}
                  </div>
                ))}
                {fields.length < 24 && (
                  <Button type="dashed" block onClick={() => add({})} data-testid="sv-action-add-step">
                    {t('sv.field.addStep')}
                  </Button>
                )}
              </>
            )}
          </Form.List>
        </>
      );
    default:
      return null;
  }
}
