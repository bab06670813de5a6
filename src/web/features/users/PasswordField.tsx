import { Button, Form, Input, Space } from 'antd';
import type { FormInstance } from 'antd';
import { passwordProblems } from '../../../domain/auth/password-policy';
import { LIMITS } from '../../../domain/limits';
import { useT } from '../../i18n/useT';
import { generatePassword } from './generatePassword';

type Props = { form: FormInstance; name: string; label: string; username: () => string };

/** An initial-password field checked against the policy, with a generator. */
export function PasswordField({ form, name, label, username }: Props) {
  const t = useT();
  return (
    <Form.Item label={label} required extra={t('users.initialPasswordHint')}>
      <Space.Compact style={{ width: '100%' }}>
        <Form.Item
          name={name}
          noStyle
          rules={[
            { required: true, message: t('common.required', { field: label }) },
            {
              validator: (_, value: string | undefined) => {
                const problems = value ? passwordProblems(value, username()) : [];
                if (problems.length === 0) return Promise.resolve();
                const text = problems.map((p) => t(`password.problem.${p}`, LIMITS.password)).join('；');
                return Promise.reject(new Error(text));
              },
            },
          ]}
        >
          <Input data-testid={`user-${name}`} autoComplete="new-password" maxLength={LIMITS.password.max} />
        </Form.Item>
        <Button
          onClick={() => {
            form.setFieldValue(name, generatePassword(username()));
            void form.validateFields([name]);
          }}
        >
          {t('common.generate')}
        </Button>
      </Space.Compact>
    </Form.Item>
  );
}
