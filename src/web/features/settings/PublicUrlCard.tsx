import { App, Button, Card, Form, Input, Space, Tag } from 'antd';
import { useEffect } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useT } from '../../i18n/useT';
import { api } from '../../lib/api';
import { applyFieldErrors, errorMessage } from '../../lib/errors';
import { useSettings } from './queries';

const KEY = 'notify.publicUrl';
const isHttpUrl = (v: string) => {
  try {
    return ['http:', 'https:'].includes(new URL(v).protocol);
  } catch {
    return false;
  }
};

/**
 * 平台访问地址 (notify.publicUrl): where people open Tuijin, for the links in group-robot messages.
 * Self-contained (reads the settings list, writes its one key) so the typed settings stay as they are.
 */
export function PublicUrlCard() {
  const t = useT();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<{ value: string }>();
  const setting = useSettings().data?.find((s) => (s.key as string) === KEY);
  const value = typeof setting?.value === 'string' ? setting.value : '';
  const watched = Form.useWatch('value', form);
  const here = window.location.origin;
  const put = useMutation({
    mutationFn: (v: string) => api.put(`/api/settings/${encodeURIComponent(KEY)}`, { value: v }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['settings'] }),
  });

  useEffect(() => form.setFieldsValue({ value }), [form, value]);
  if (!setting) return null;

  const save = ({ value: v }: { value: string | undefined }) =>
    put.mutate((v ?? '').trim().replace(/\/+$/, ''), {
      onSuccess: () => void message.success(t('settings.saved', { name: t('settings.publicUrl.title') })),
      onError: (error) => {
        applyFieldErrors(t, form, error);
        void message.error(errorMessage(t, error));
      },
    });

  return (
    <Card
      variant="borderless"
      title={t('settings.publicUrl.title')}
      data-testid={`setting-${KEY}`}
      extra={
        value === '' ? <Tag>{t('settings.isDefault')}</Tag> : <Tag color="blue">{t('settings.changed')}</Tag>
      }
    >
      <p className="tj-muted" style={{ marginTop: 0 }}>
        {t('settings.publicUrl.description')}
      </p>
      <Form form={form} layout="vertical" onFinish={save} initialValues={{ value }}>
        <Form.Item
          name="value"
          label={t('settings.publicUrl.label')}
          rules={[
            {
              validator: (_, v: string | undefined) =>
                !v?.trim() || isHttpUrl(v.trim())
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('settings.publicUrl.invalid'))),
            },
          ]}
          extra={
            value !== here && (
              <Button
                type="link"
                size="small"
                style={{ padding: 0 }}
                onClick={() => form.setFieldsValue({ value: here })}
              >
                {t('settings.publicUrl.useThis', { url: here })}
              </Button>
            )
          }
        >
          <Input
            placeholder={t('settings.publicUrl.placeholder')}
            maxLength={300}
            data-testid="setting-public-url"
          />
        </Form.Item>
        <Space wrap>
          <Button
            type="primary"
            htmlType="submit"
            loading={put.isPending}
            disabled={(watched ?? value).trim() === value}
            data-testid="setting-save"
          >
            {t('common.save')}
          </Button>
          <Button onClick={() => form.setFieldsValue({ value })} disabled={(watched ?? value) === value}>
            {t('settings.undo')}
          </Button>
        </Space>
      </Form>
    </Card>
  );
}
