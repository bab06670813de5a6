import { Alert, App, Drawer, Form } from 'antd';
import { useEffect } from 'react';
import { useT } from '../../i18n/useT';
import { applyFieldErrors, errorMessage } from '../../lib/errors';
import { FormDrawerFooter } from '../../lib/FormDrawerFooter';
import { useIsMobile } from '../../lib/useIsMobile';
import {
  ITEM_FIELD_MAP,
  ItemFields,
  itemInput,
  type ItemFieldIds,
  type ItemFieldValues,
} from '../supervision/ItemFields';
import { useAddDecision } from './queries';
import type { DecisionPrefill } from './types';

const IDS: ItemFieldIds = {
  title: 'mt-decision-title',
  description: 'mt-decision-description',
  category: 'mt-decision-category',
  project: 'mt-decision-project',
  unit: 'mt-decision-unit',
};

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
  const [form] = Form.useForm<ItemFieldValues>();
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

  const submit = (v: ItemFieldValues) => {
    const input = itemInput(v, project?.id);
    if (!input) return;
    add.mutate(input, {
      onSuccess: (meeting) => {
        const made = meeting.decisions.find((d) => !knownIds.includes(d.id));
        void message.success(t('mt.decisions.created', { code: made?.code ?? '' }));
        onClose();
      },
      onError: (error) => {
        applyFieldErrors(t, form, error, ITEM_FIELD_MAP);
        void message.error(errorMessage(t, error));
      },
    });
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
      <Form<ItemFieldValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        data-testid="mt-decision-form"
        scrollToFirstError
      >
        <ItemFields ids={IDS} project={project} />
      </Form>
    </Drawer>
  );
}
