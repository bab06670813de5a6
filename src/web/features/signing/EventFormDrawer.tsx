import { App, Col, DatePicker, Drawer, Form, Input, Radio, Row } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { LIMITS } from '../../../domain/limits';
import { useT } from '../../i18n/useT';
import { FormDrawerFooter } from '../../lib/FormDrawerFooter';
import { applyFieldErrors, errorMessage } from '../../lib/errors';
import { DATE_FORMAT, formatDate } from '../../lib/format';
import { useIsMobile } from '../../lib/useIsMobile';
import { ArrangementFields } from './ArrangementFields';
import { useCreateEvent, useUpdateEvent } from './queries';
import type {
  AgendaReport,
  EventArrangement,
  EventDetail,
  EventSummary,
  PledgeSpeaker,
  SubVenue,
} from './types';

export type EventFormMode =
  { mode: 'prepare'; occurrence: EventSummary } | { mode: 'create' } | { mode: 'edit'; event: EventDetail };

type Values = {
  kind: 'three_batches' | 'expo';
  title?: string;
  heldOn?: Dayjs | null;
  mainVenue?: string;
  subVenues?: SubVenue[];
  reports?: AgendaReport[];
  pledgeSpeakers?: PledgeSpeaker[];
  notes?: string;
};

const text = (v: string | null | undefined) => (v && v.trim() ? v.trim() : null);

function arrangement(v: Values): EventArrangement {
  return {
    mainVenue: text(v.mainVenue),
    subVenues: (v.subVenues ?? []).map((s) => ({ regionId: s.regionId, venue: s.venue.trim() })),
    reports: (v.reports ?? []).map((r) => ({
      title: r.title.trim(),
      presenter: r.presenter.trim(),
      unit: text(r.unit),
    })),
    pledgeSpeakers: (v.pledgeSpeakers ?? []).map((p) => ({
      unitName: p.unitName.trim(),
      speaker: p.speaker.trim(),
    })),
    notes: text(v.notes),
  };
}

type Props = { target: EventFormMode | null; onClose: () => void; onSaved: (event: EventDetail) => void };

/** Prepares a month's signing day, creates an expo / 三个一批 event, or edits an event's arrangements. */
export function EventFormDrawer({ target, onClose, onSaved }: Props) {
  const t = useT();
  const mobile = useIsMobile();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateEvent();
  const update = useUpdateEvent(target?.mode === 'edit' ? target.event.id : '');
  const held = target?.mode === 'edit' && target.event.status === 'held';

  useEffect(() => {
    if (!target) return;
    form.resetFields();
    if (target.mode === 'edit') {
      const e = target.event;
      form.setFieldsValue({
        title: e.title,
        heldOn: dayjs(e.heldOn),
        mainVenue: e.mainVenue ?? '',
        subVenues: e.subVenues,
        reports: e.reports.map((r) => ({ ...r, unit: r.unit ?? '' })),
        pledgeSpeakers: e.pledgeSpeakers,
        notes: e.notes ?? '',
      });
    } else {
      form.setFieldsValue({
        kind: 'expo',
        heldOn: target.mode === 'prepare' ? dayjs(target.occurrence.heldOn) : null,
        subVenues: [],
        reports: [],
        pledgeSpeakers: [],
      });
    }
  }, [target, form]);

  if (!target) return null;
  const done = (event: EventDetail) => {
    void message.success(t(target.mode === 'edit' ? 'signing.saved' : 'signing.prepared'));
    onSaved(event);
  };
  const fail = (error: unknown) => {
    applyFieldErrors(t, form, error);
    void message.error(errorMessage(t, error));
  };
  const submit = (v: Values) => {
    const heldOn = v.heldOn ? v.heldOn.format(DATE_FORMAT) : undefined;
    if (target.mode === 'edit') {
      update.mutate(
        {
          version: target.event.version,
          title: v.title?.trim() || undefined,
          heldOn: held ? undefined : heldOn,
          ...arrangement(v),
        },
        { onSuccess: done, onError: fail },
      );
    } else if (target.mode === 'prepare') {
      const month = target.occurrence.month ?? target.occurrence.heldOn.slice(0, 7);
      create.mutate(
        { kind: 'monthly', month, heldOn, ...arrangement(v) },
        { onSuccess: done, onError: fail },
      );
    } else {
      create.mutate(
        { kind: v.kind, title: v.title?.trim() || undefined, heldOn, ...arrangement(v) },
        { onSuccess: done, onError: fail },
      );
    }
  };

  const title =
    target.mode === 'edit'
      ? t('signing.editTitle')
      : target.mode === 'prepare'
        ? t('signing.prepareTitle', { title: target.occurrence.title })
        : t('signing.createTitle');
  return (
    <Drawer
      title={title}
      open
      onClose={onClose}
      size={mobile ? '100%' : 720}
      footer={
        <FormDrawerFooter
          onCancel={onClose}
          onSubmit={() => form.submit()}
          loading={create.isPending || update.isPending}
          submitTestId="event-form-submit"
          submitLabel={target.mode === 'edit' ? t('common.save') : t('signing.prepareSubmit')}
        />
      }
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        data-testid="event-form"
        scrollToFirstError
      >
        {target.mode === 'create' && (
          <Form.Item name="kind" label={t('signing.field.kind')} rules={[{ required: true }]}>
            <Radio.Group
              optionType="button"
              options={(['expo', 'three_batches'] as const).map((k) => ({
                value: k,
                label: t.label('eventKind', k),
              }))}
            />
          </Form.Item>
        )}
        <Row gutter={16}>
          {target.mode !== 'prepare' && (
            <Col xs={24} sm={14}>
              <Form.Item name="title" label={t('signing.field.title')}>
                <Input maxLength={LIMITS.name} placeholder={t('signing.titlePlaceholder')} />
              </Form.Item>
            </Col>
          )}
          <Col xs={24} sm={target.mode === 'prepare' ? 24 : 10}>
            <Form.Item
              name="heldOn"
              label={t('signing.field.heldOn')}
              rules={[
                { required: true, message: t('common.selectRequired', { field: t('signing.field.heldOn') }) },
              ]}
              extra={
                target.mode === 'prepare'
                  ? t('signing.scheduledHint', { date: formatDate(target.occurrence.scheduledOn) })
                  : held
                    ? t('signing.heldKeepsDate')
                    : undefined
              }
            >
              <DatePicker style={{ width: '100%' }} disabled={held} data-testid="event-held-on" />
            </Form.Item>
          </Col>
        </Row>
        <ArrangementFields />
      </Form>
    </Drawer>
  );
}
