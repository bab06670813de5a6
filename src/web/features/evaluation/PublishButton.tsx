import { App, Button, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useT } from '../../i18n/useT';
import { isApiError } from '../../lib/api';
import { applyFieldErrors, errorMessage } from '../../lib/errors';
import { periodLabel } from './period';
import { usePublishResult } from './queries';
import type { ResultView } from './types';

type Props = { draft: ResultView; published: ResultView | null; onPublished: () => void };

/**
 * 发布: freezes the draft. The first publication is confirmed; over a published ranking it is a
 * correction (更正) and asks for the reason that everyone will read beside version N + 1.
 */
export function PublishButton({ draft, published, onPublished }: Props) {
  const t = useT();
  const { modal, message } = App.useApp();
  const publish = usePublishResult();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  const period = periodLabel(t, draft.period);

  const run = (reason?: string) =>
    publish
      .mutateAsync({ id: draft.id, reason })
      .then(() => {
        setOpen(false);
        void message.success(t('ev.publish.done', { period }));
        onPublished();
      })
      .catch((error: unknown) => {
        // Someone published meanwhile: this is now a correction, which needs its reason.
        if (!open && isApiError(error, 'CORRECTION_REASON_REQUIRED')) setOpen(true);
        if (!open || !applyFieldErrors(t, form, error)) void message.error(errorMessage(t, error));
      });

  const start = () => {
    if (published) {
      form.resetFields();
      setOpen(true);
      return;
    }
    // A period not over yet (its data run to the as-of day) is frozen as it stands: say so.
    const unfinished = draft.payload.asOf < draft.payload.to;
    modal.confirm({
      title: t('ev.publish.confirmTitle', { period }),
      content: (
        <>
          <p>{t('ev.publish.confirmText')}</p>
          {unfinished && (
            <p className="ev-publish-unfinished" data-testid="ev-publish-unfinished">
              {t('ev.publish.unfinished', { to: draft.payload.to, asOf: draft.payload.asOf })}
            </p>
          )}
        </>
      ),
      okText: t('ev.publish.ok'),
      cancelText: t('common.cancel'),
      okButtonProps: { ...({ 'data-testid': 'ev-publish-ok' } as object) },
      onOk: () => run(),
    });
  };

  return (
    <>
      <Button type="primary" onClick={start} loading={publish.isPending} data-testid="ev-publish">
        {published ? t('ev.publish.correct') : t('ev.publish.button')}
      </Button>
      <Modal
        open={open}
        title={t('ev.publish.correctTitle', { period, version: (published?.version ?? 0) + 1 })}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        okText={t('ev.publish.correctOk')}
        cancelText={t('common.cancel')}
        confirmLoading={publish.isPending}
        okButtonProps={{ ...({ 'data-testid': 'ev-publish-ok' } as object) }}
        destroyOnHidden
      >
        <p>{t('ev.publish.correctText', { version: published?.version ?? 1 })}</p>
        <Form form={form} layout="vertical" onFinish={(v) => void run(v.reason.trim())}>
          <Form.Item
            name="reason"
            label={t('ev.publish.reason')}
            rules={[{ required: true, whitespace: true, message: t('ev.publish.reasonRequired') }]}
          >
            <Input.TextArea
              rows={3}
              maxLength={500}
              showCount
              placeholder={t('ev.publish.reasonPlaceholder')}
              data-testid="ev-publish-reason"
            />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
