import { Alert, App, Button, Card, DatePicker, Empty, Form, Input, Spin } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { LIMITS } from '../../../domain/limits';
import { useT } from '../../i18n/useT';
import { applyFieldErrors, errorMessage } from '../../lib/errors';
import { DATE_FORMAT, formatDate, formatDateTimeShort } from '../../lib/format';
import { useAddNote, useNotes } from './queries';

type Values = { notedOn: Dayjs; content: string };

/** Negotiation notes (洽谈记录): a short dated entry per talk, newest first. */
export function NotesSection({ projectId, canWrite }: { projectId: string; canWrite: boolean }) {
  const t = useT();
  const { message } = App.useApp();
  const notes = useNotes(projectId);
  const add = useAddNote(projectId);
  const [form] = Form.useForm<Values>();
  const items = notes.data ?? [];

  const submit = (v: Values) =>
    add.mutate(
      { notedOn: v.notedOn.format(DATE_FORMAT), content: v.content.trim() },
      {
        onSuccess: () => {
          void message.success(t('note.saved'));
          form.resetFields(['content']);
        },
        onError: (error) => {
          applyFieldErrors(t, form, error);
          void message.error(errorMessage(t, error));
        },
      },
    );

  return (
    <Card title={t('note.title', { count: items.length })} variant="borderless" data-testid="project-notes">
      {canWrite && (
        <Form<Values>
          form={form}
          layout="vertical"
          onFinish={submit}
          initialValues={{ notedOn: dayjs() }}
          className="tj-note-form"
          data-testid="note-form"
        >
          <div className="tj-note-form-row">
            <Form.Item name="notedOn" label={t('note.field.notedOn')} rules={[{ required: true }]}>
              <DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} data-testid="note-date" />
            </Form.Item>
            <Form.Item
              name="content"
              label={t('note.field.content')}
              className="tj-note-content"
              rules={[
                {
                  required: true,
                  whitespace: true,
                  message: t('common.required', { field: t('note.field.content') }),
                },
              ]}
            >
              <Input.TextArea
                rows={2}
                maxLength={LIMITS.note}
                placeholder={t('note.placeholder')}
                data-testid="note-content"
              />
            </Form.Item>
          </div>
          <Button htmlType="submit" loading={add.isPending} data-testid="note-submit">
            {t('note.add')}
          </Button>
        </Form>
      )}
      {notes.error ? (
        <Alert type="error" showIcon title={errorMessage(t, notes.error)} />
      ) : notes.isPending ? (
        <Spin />
      ) : items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('note.empty')} />
      ) : (
        <div className="tj-log-list">
          {items.map((n) => (
            <div key={n.id} className="tj-log-item" data-testid="note-item">
              <div className="tj-log-head">
                <strong>{formatDate(n.notedOn)}</strong>
              </div>
              <div className="tj-timeline-text">{n.content}</div>
              <div className="tj-muted tj-log-meta">
                {t('transition.recordedAt', {
                  name: n.author.displayName,
                  time: formatDateTimeShort(n.createdAt),
                })}
              </div>
            </div>
          ))}
        </div>
      )}
    </Card>
  );
}
