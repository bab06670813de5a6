import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { LIMITS } from '../../../domain/limits';
import { LanguageSwitch } from '../../i18n/LanguageSwitch';
import { useT } from '../../i18n/useT';
import { errorMessage } from '../../lib/errors';
import { LockIcon, UserIcon } from '../../lib/icons';
import { SESSION_EXPIRED_FLAG } from '../../lib/queryClient';
import { useHealth, useLogin } from './queries';
import './auth.css';

type LoginForm = { username: string; password: string };

/** /login: the GuestOnly guard redirects once the session exists. */
export function LoginPage() {
  const t = useT();
  const login = useLogin();
  const health = useHealth();
  const [expired] = useState(() => {
    try {
      const flag = sessionStorage.getItem(SESSION_EXPIRED_FLAG) === '1';
      sessionStorage.removeItem(SESSION_EXPIRED_FLAG);
      return flag;
    } catch {
      return false;
    }
  });

  return (
    <div className="tj-login">
      <aside className="tj-login-aside">
        <div className="tj-login-aside-inner">
          <div className="tj-login-mark">推</div>
          <h1 className="tj-login-product">
            {t('app.name')} <span>{t('app.latinName')}</span>
          </h1>
          <p className="tj-login-tagline">{t('app.subtitle')}</p>
          <div className="tj-login-chain">{t('login.chain')}</div>
          <ul className="tj-login-features">
            <li>{t('login.feature.pipeline')}</li>
            <li>{t('login.feature.scope')}</li>
            <li>{t('login.feature.audit')}</li>
          </ul>
        </div>
      </aside>
      <section className="tj-login-main">
        <div className="tj-login-lang">
          <LanguageSwitch size="small" />
        </div>
        <div className="tj-login-box">
          <div className="tj-login-compact-brand">
            <div className="tj-login-mark small">推</div>
            <div>
              <div className="tj-login-compact-name">
                {t('app.name')} <span>{t('app.latinName')}</span>
              </div>
              <div className="tj-muted">{t('app.subtitle')}</div>
            </div>
          </div>
          <Card variant="borderless" className="tj-login-card">
            <Typography.Title level={3} style={{ marginTop: 0, marginBottom: 4 }}>
              {t('login.title')}
            </Typography.Title>
            <Typography.Paragraph type="secondary" style={{ marginBottom: 20 }}>
              {t('login.hint')}
            </Typography.Paragraph>
            {expired && !login.error && (
              <Alert
                data-testid="login-expired"
                type="warning"
                showIcon
                title={t('login.sessionExpired')}
                style={{ marginBottom: 16 }}
              />
            )}
            {login.error && (
              <Alert
                data-testid="login-error"
                type="error"
                showIcon
                title={errorMessage(t, login.error)}
                style={{ marginBottom: 16 }}
              />
            )}
            <Form<LoginForm>
              layout="vertical"
              requiredMark={false}
              size="large"
              onFinish={(values) =>
                login.mutate({ username: values.username.trim(), password: values.password })
              }
            >
              <Form.Item
                name="username"
                label={t('login.username')}
                rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}
              >
                <Input
                  data-testid="login-username"
                  prefix={<UserIcon />}
                  autoComplete="username"
                  autoCapitalize="none"
                  maxLength={LIMITS.username.max}
                  autoFocus
                />
              </Form.Item>
              <Form.Item
                name="password"
                label={t('login.password')}
                rules={[{ required: true, message: t('login.passwordRequired') }]}
              >
                <Input.Password
                  data-testid="login-password"
                  prefix={<LockIcon />}
                  autoComplete="current-password"
                  maxLength={LIMITS.password.max}
                />
              </Form.Item>
              <Button
                data-testid="login-submit"
                type="primary"
                htmlType="submit"
                block
                loading={login.isPending}
                style={{ marginTop: 8 }}
              >
                {t('login.submit')}
              </Button>
            </Form>
          </Card>
          <div className="tj-login-footer">
            {t('app.footer')}
            {health.data ? ` · v${health.data.version}` : ''}
          </div>
        </div>
      </section>
    </div>
  );
}
