import { Alert, App, Form, Input, Modal } from 'antd';
import { useEffect } from 'react';
import { LIMITS } from '../../../domain/limits';
import { useT } from '../../i18n/useT';
import { applyFieldErrors, errorMessage } from '../../lib/errors';
import { PasswordField } from './PasswordField';
import { useUpdateUser } from './queries';
import type { UserAccount } from './types';

export type EditMode = 'rename' | 'reset';

type Props = { user: UserAccount | null; mode: EditMode; onClose: () => void };
type Values = { displayName?: string; resetPassword?: string };

/** Renames an account or resets its password (the user must then change it at sign-in). */
export function EditUserModal({ user, mode, onClose }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const update = useUpdateUser();

  useEffect(() => {
    if (!user) return;
    form.resetFields();
    form.setFieldsValue({ displayName: user.displayName, resetPassword: '' });
  }, [user, form]);

  const submit = (v: Values) => {
    if (!user) return;
    const input =
      mode === 'rename' ? { displayName: v.displayName?.trim() } : { resetPassword: v.resetPassword };
    update.mutate(
      { id: user.id, ...input },
      {
        onSuccess: () => {
          void message.success(t(mode === 'rename' ? 'users.updated' : 'users.resetDone'));
          onClose();
        },
        onError: (error) => {
          applyFieldErrors(t, form, error);
          void message.error(errorMessage(t, error));
        },
      },
    );
  };

  return (
    <Modal
      open={user !== null}
      title={
        mode === 'rename' ? t('users.editName') : t('users.resetTitle', { name: user?.displayName ?? '' })
      }
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': 'user-edit-submit' } as Record<string, string>}
      confirmLoading={update.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      <Form<Values> data-testid="user-edit-form" form={form} layout="vertical" onFinish={submit}>
        {mode === 'rename' ? (
          <Form.Item
            name="displayName"
            label={t('users.field.displayName')}
            rules={[
              {
                required: true,
                whitespace: true,
                message: t('common.required', { field: t('users.field.displayName') }),
              },
            ]}
          >
            <Input maxLength={LIMITS.displayName} />
          </Form.Item>
        ) : (
          <>
            <Alert type="info" showIcon title={t('users.resetHint')} style={{ marginBottom: 16 }} />
            <PasswordField
              form={form}
              name="resetPassword"
              label={t('users.field.initialPassword')}
              username={() => user?.username ?? ''}
            />
          </>
        )}
      </Form>
    </Modal>
  );
}
