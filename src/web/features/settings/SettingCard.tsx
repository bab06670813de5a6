import { App, Button, Card, Form, Space, Tag } from 'antd';
import { type ReactNode, useEffect } from 'react';
import { useT } from '../../i18n/useT';
import { applyFieldErrors, errorMessage } from '../../lib/errors';
import { usePutSetting } from './queries';
import type { Setting, SettingKey, SettingValues } from './types';

type Props<K extends SettingKey> = {
  setting: Setting<K>;
  title: string;
  description: string;
  children: ReactNode;
  /** Turns the form's value into the stored one (e.g. rounding). */
  normalise?: (value: SettingValues[K]) => SettingValues[K];
};

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** One setting as a form over `{ value }`: save (validated again by the server), restore the default. */
export function SettingCard<K extends SettingKey>({
  setting,
  title,
  description,
  children,
  normalise,
}: Props<K>) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ value: SettingValues[K] }>();
  const put = usePutSetting(setting.key);
  const watched = Form.useWatch('value', form) as SettingValues[K] | undefined;
  const isDefault = same(setting.value, setting.default);
  const dirty = watched !== undefined && !same(watched, setting.value);

  useEffect(() => {
    form.setFieldsValue({ value: setting.value });
  }, [form, setting.value]);

  const save = ({ value }: { value: SettingValues[K] }) =>
    put.mutate(normalise ? normalise(value) : value, {
      onSuccess: () => void message.success(t('settings.saved', { name: title })),
      onError: (error) => {
        applyFieldErrors(t, form, error);
        void message.error(errorMessage(t, error));
      },
    });

  return (
    <Card
      variant="borderless"
      title={title}
      data-testid={`setting-${setting.key}`}
      extra={
        isDefault ? <Tag>{t('settings.isDefault')}</Tag> : <Tag color="blue">{t('settings.changed')}</Tag>
      }
    >
      <p className="tj-muted" style={{ marginTop: 0 }}>
        {description}
      </p>
      <Form form={form} layout="vertical" onFinish={save} initialValues={{ value: setting.value }}>
        {children}
        <Space wrap>
          <Button
            type="primary"
            htmlType="submit"
            loading={put.isPending}
            disabled={!dirty}
            data-testid="setting-save"
          >
            {t('common.save')}
          </Button>
          <Button onClick={() => form.setFieldsValue({ value: setting.value })} disabled={!dirty}>
            {t('settings.undo')}
          </Button>
          <Button
            type="link"
            disabled={same(watched ?? setting.value, setting.default)}
            onClick={() => form.setFieldsValue({ value: setting.default })}
            data-testid="setting-default"
          >
            {t('settings.restoreDefault')}
          </Button>
        </Space>
      </Form>
    </Card>
  );
}
