import { App, Drawer, Form, Input, Radio, Switch } from 'antd';
import { useEffect, useState } from 'react';
import { WEBHOOK_KINDS, webhookUrlProblem, type WebhookKind } from '../../../domain/notify/webhooks';
import { useT } from '../../i18n/useT';
import { applyFieldErrors, errorMessage } from '../../lib/errors';
import { FormDrawerFooter } from '../../lib/FormDrawerFooter';
import { useIsMobile } from '../../lib/useIsMobile';
import { unitFromValue, UnitPicker } from '../supervision/UnitPicker';
import { useCreateWebhook, useUpdateWebhook } from './queries';
import { SecretField, type SecretMode } from './SecretField';
import type { Webhook, WebhookPatchInput } from './types';
import { KindTag } from './WebhookTags';

type Values = {
  unit?: string;
  kind: WebhookKind;
  name: string;
  url: string;
  secret?: string;
  enabled: boolean;
};

const FIELD_MAP = { 'unit.id': ['unit'], 'unit.kind': ['unit'] };
const URL_PLACEHOLDER: Record<WebhookKind, string> = {
  dingtalk: 'https://oapi.dingtalk.com/robot/send?access_token=…',
  wecom: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…',
};

type Props = { hook: Webhook | 'new' | null; onClose: () => void };

/** 添加 / 编辑群机器人: unit, kind, name, address, DingTalk 加签 secret (write-only), enabled. */
export function WebhookDrawer({ hook, onClose }: Props) {
  const t = useT();
  const mobile = useIsMobile();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateWebhook();
  const update = useUpdateWebhook();
  const [secretMode, setSecretMode] = useState<SecretMode>('keep');
  const existing = hook !== null && hook !== 'new' ? hook : null;
  const kind = Form.useWatch('kind', form) ?? existing?.kind ?? 'dingtalk';

  useEffect(() => {
    if (hook === null) return;
    form.resetFields();
    setSecretMode('keep');
    form.setFieldsValue(
      existing
        ? { kind: existing.kind, name: existing.name, url: existing.url, enabled: existing.enabled }
        : { kind: 'dingtalk', enabled: true },
    );
  }, [hook, existing, form]);

  const fail = (error: unknown) => {
    applyFieldErrors(t, form, error, FIELD_MAP);
    void message.error(errorMessage(t, error));
  };
  const done = (name: string, created: boolean) => {
    void message.success(t(created ? 'nf.webhook.created' : 'nf.webhook.saved', { name }));
    onClose();
  };

  const submit = (v: Values) => {
    const secret = v.secret?.trim() || null;
    if (!existing) {
      const unit = unitFromValue(v.unit);
      if (!unit) return;
      create.mutate(
        {
          unit,
          kind: v.kind,
          name: v.name.trim(),
          url: v.url.trim(),
          secret: v.kind === 'dingtalk' ? secret : null,
          enabled: v.enabled,
        },
        { onSuccess: (h) => done(h.name, true), onError: fail },
      );
      return;
    }
    const patch: WebhookPatchInput = { name: v.name.trim(), url: v.url.trim(), enabled: v.enabled };
    if (existing.kind === 'dingtalk') {
      if (existing.hasSecret && secretMode === 'clear') patch.secret = null;
      else if ((!existing.hasSecret || secretMode === 'replace') && secret) patch.secret = secret;
    }
    update.mutate({ id: existing.id, ...patch }, { onSuccess: (h) => done(h.name, false), onError: fail });
  };

  const required = (field: string, select = false) => ({
    required: true,
    whitespace: !select,
    message: t(select ? 'common.selectRequired' : 'common.required', { field }),
  });
  const showSecretInput = !existing?.hasSecret || secretMode === 'replace';

  return (
    <Drawer
      title={existing ? t('nf.drawer.edit') : t('nf.drawer.add')}
      open={hook !== null}
      onClose={onClose}
      placement={mobile ? 'bottom' : 'right'}
      size={mobile ? '92%' : 520}
      forceRender
      footer={
        <FormDrawerFooter
          onCancel={onClose}
          onSubmit={() => form.submit()}
          loading={create.isPending || update.isPending}
          submitTestId="webhook-submit"
          size={mobile ? 'large' : 'middle'}
        />
      }
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        data-testid="webhook-form"
        scrollToFirstError
      >
        {existing ? (
          <Form.Item label={t('nf.field.unit')}>
            <span data-testid="webhook-unit-fixed">{existing.unit.name}</span>
          </Form.Item>
        ) : (
          <Form.Item
            name="unit"
            label={t('nf.field.unit')}
            rules={[required(t('nf.field.unit'), true)]}
            extra={t('nf.field.unitHint')}
          >
            <UnitPicker testId="webhook-unit" />
          </Form.Item>
        )}
        {existing ? (
          <Form.Item label={t('nf.field.kind')}>
            <KindTag kind={existing.kind} />
          </Form.Item>
        ) : (
          <Form.Item name="kind" label={t('nf.field.kind')}>
            <Radio.Group
              optionType="button"
              data-testid="webhook-kind-choice"
              options={WEBHOOK_KINDS.map((k) => ({ value: k, label: t(`nf.kind.${k}`) }))}
            />
          </Form.Item>
        )}
        <Form.Item name="name" label={t('nf.field.name')} rules={[required(t('nf.field.name'))]}>
          <Input
            maxLength={60}
            showCount
            placeholder={t('nf.field.namePlaceholder')}
            data-testid="webhook-name-input"
          />
        </Form.Item>
        <Form.Item
          name="url"
          label={t('nf.field.url')}
          extra={t(`nf.field.urlHint.${kind}`)}
          rules={[
            required(t('nf.field.url')),
            {
              validator: (_, v: string | undefined) =>
                !v?.trim() || webhookUrlProblem(v.trim()) === null
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('nf.field.urlInvalid'))),
            },
          ]}
        >
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 4 }}
            maxLength={1000}
            placeholder={URL_PLACEHOLDER[kind]}
            data-testid="webhook-url"
          />
        </Form.Item>
        {kind === 'dingtalk' && (
          <Form.Item
            name={showSecretInput ? 'secret' : undefined}
            label={t('nf.field.secret')}
            extra={t('nf.field.secretHint')}
            rules={
              showSecretInput
                ? [{ pattern: /^\s*SEC/, warningOnly: true, message: t('nf.field.secretFormat') }]
                : undefined
            }
          >
            <SecretField hasSecret={existing?.hasSecret ?? false} mode={secretMode} onMode={setSecretMode} />
          </Form.Item>
        )}
        <Form.Item
          name="enabled"
          label={t('nf.field.enabled')}
          valuePropName="checked"
          extra={t('nf.field.enabledHint')}
        >
          <Switch data-testid="webhook-enabled-input" />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
