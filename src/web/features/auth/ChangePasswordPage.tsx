import { Alert, App, Button, Card, Form, Input, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { passwordProblems } from '../../../domain/auth/password-policy';
import { LIMITS } from '../../../domain/limits';
import { Brand } from '../../app/Brand';
import { LanguageSwitch } from '../../i18n/LanguageSwitch';
import { useT } from '../../i18n/useT';
import { isApiError } from '../../lib/api';
import { errorMessage } from '../../lib/errors';
import { homePath } from './permissions';
import { useChangePassword, useCurrentUser, useLogout } from './queries';
import './auth.css';

type PasswordForm = { currentPassword: string; newPassword: string; confirm: string };

/** /change-password: forced after a reset or first sign-in; also reachable from the user menu. */
export function ChangePasswordPage() {
  const t = useT();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<PasswordForm>();
  const change = useChangePassword();
  const logout = useLogout();
  const forced = me.mustChangePassword;

  const submit = (values: PasswordForm) => {
    change.mutate(
      { currentPassword: values.currentPassword, newPassword: values.newPassword },
      {
        onSuccess: () => {
          void message.success(t('password.success'));
          void navigate(homePath(me.role), { replace: true });
        },
        onError: (error) => {
          const field = isApiError(error, 'INVALID_CREDENTIALS')
            ? 'currentPassword'
            : isApiError(error, 'PASSWORD_POLICY')
              ? 'newPassword'
              : null;
          if (field) form.setFields([{ name: field, errors: [errorMessage(t, error)] }]);
        },
      },
    );
  };

  const generalError =
    change.error &&
    !isApiError(change.error, 'INVALID_CREDENTIALS') &&
    !isApiError(change.error, 'PASSWORD_POLICY')
      ? errorMessage(t, change.error)
      : null;

  return (
    <div style={{ minHeight: '100vh', background: '#f3f5f9' }}>
      <header className="tj-header" style={{ paddingLeft: 16 }}>
        <Brand dark={false} />
        <div className="tj-header-spacer" />
        <LanguageSwitch size="small" />
        {forced ? (
          <Button
            data-testid="change-password-logout"
            onClick={() =>
              logout.mutate(undefined, { onSettled: () => void navigate('/login', { replace: true }) })
            }
          >
            {t('header.logout')}
          </Button>
        ) : (
          <Button onClick={() => void navigate(-1)}>{t('common.back')}</Button>
        )}
      </header>
      <div style={{ maxWidth: 460, margin: '0 auto', padding: '32px 16px' }}>
        <Card variant="borderless" className="tj-login-card">
          <Typography.Title level={3} style={{ marginTop: 0 }}>
            {t('password.title')}
          </Typography.Title>
          <Typography.Paragraph type="secondary">
            {me.displayName}（{me.username}）· {t.label('role', me.role)}
          </Typography.Paragraph>
          {forced && (
            <Alert
              data-testid="password-forced"
              type="warning"
              showIcon
              title={t('password.forcedHint')}
              style={{ marginBottom: 16 }}
            />
          )}
          {generalError && <Alert type="error" showIcon title={generalError} style={{ marginBottom: 16 }} />}
          <Form<PasswordForm> form={form} layout="vertical" requiredMark={false} onFinish={submit}>
            <Form.Item
              name="currentPassword"
              label={t('password.current')}
              rules={[{ required: true, message: t('common.required', { field: t('password.current') }) }]}
            >
              <Input.Password data-testid="current-password" autoComplete="current-password" />
            </Form.Item>
            <Form.Item
              name="newPassword"
              label={t('password.new')}
              extra={t('password.rules', { min: LIMITS.password.min })}
              rules={[
                { required: true, message: t('common.required', { field: t('password.new') }) },
                {
                  validator: (_, value: string | undefined) => {
                    const problems = value ? passwordProblems(value, me.username) : [];
                    if (problems.length === 0) return Promise.resolve();
                    const text = problems.map((p) => t(`password.problem.${p}`, LIMITS.password)).join('；');
                    return Promise.reject(new Error(text));
                  },
                },
              ]}
            >
              <Input.Password
                data-testid="new-password"
                autoComplete="new-password"
                maxLength={LIMITS.password.max}
              />
            </Form.Item>
            <Form.Item
              name="confirm"
              label={t('password.confirm')}
              dependencies={['newPassword']}
              rules={[
                { required: true, message: t('common.required', { field: t('password.confirm') }) },
                ({ getFieldValue }) => ({
                  validator: (_, value: string | undefined) =>
                    !value || value === getFieldValue('newPassword')
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('password.mismatch'))),
                }),
              ]}
            >
              <Input.Password data-testid="confirm-password" autoComplete="new-password" />
            </Form.Item>
            <Button
              data-testid="change-password-submit"
              type="primary"
              htmlType="submit"
              block
              size="large"
              loading={change.isPending}
            >
              {t('password.submit')}
            </Button>
          </Form>
        </Card>
      </div>
    </div>
  );
}
