import { App, Form, Input, Modal, Select } from 'antd';
import { ROLES, type Role } from '../../../domain/org/roles';
import { LIMITS } from '../../../domain/limits';
import { useT } from '../../i18n/useT';
import { applyFieldErrors, errorMessage } from '../../lib/errors';
import { useDepartments, useRegionOptions } from '../org/queries';
import { PasswordField } from './PasswordField';
import { useCreateUser } from './queries';

type Values = {
  username: string;
  displayName: string;
  role: Role;
  regionId?: string;
  departmentId?: string;
  initialPassword: string;
};

const USERNAME = /^[a-zA-Z][a-zA-Z0-9_.-]*$/;

export function CreateUserModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const role = Form.useWatch('role', form);
  const create = useCreateUser();
  const { regions } = useRegionOptions();
  const departments = useDepartments(open);
  const required = (field: string) => ({
    required: true,
    whitespace: true,
    message: t('common.required', { field }),
  });

  const submit = (v: Values) =>
    create.mutate(
      {
        username: v.username.trim(),
        displayName: v.displayName.trim(),
        role: v.role,
        regionId: v.role === 'county_officer' ? v.regionId : undefined,
        departmentId: v.role === 'unit_handler' ? v.departmentId : undefined,
        initialPassword: v.initialPassword,
      },
      {
        onSuccess: () => {
          void message.success(t('users.created'));
          form.resetFields();
          onClose();
        },
        onError: (error) => {
          applyFieldErrors(t, form, error);
          void message.error(errorMessage(t, error));
        },
      },
    );

  return (
    <Modal
      open={open}
      title={t('users.new')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': 'user-create-submit' } as Record<string, string>}
      confirmLoading={create.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      <Form<Values>
        data-testid="user-create-form"
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ role: 'county_officer' }}
      >
        <Form.Item
          name="username"
          label={t('users.field.username')}
          extra={t('users.usernameRule', LIMITS.username)}
          rules={[
            required(t('users.field.username')),
            {
              min: LIMITS.username.min,
              max: LIMITS.username.max,
              pattern: USERNAME,
              message: t('users.usernameRule', LIMITS.username),
            },
          ]}
        >
          <Input
            data-testid="user-username"
            autoComplete="off"
            autoCapitalize="none"
            maxLength={LIMITS.username.max}
          />
        </Form.Item>
        <Form.Item
          name="displayName"
          label={t('users.field.displayName')}
          rules={[required(t('users.field.displayName'))]}
        >
          <Input data-testid="user-displayName" maxLength={LIMITS.displayName} />
        </Form.Item>
        <Form.Item name="role" label={t('users.field.role')} rules={[{ required: true }]}>
          <Select
            data-testid="user-role"
            options={ROLES.map((r) => ({ value: r, label: t.label('role', r) }))}
          />
        </Form.Item>
        {role === 'county_officer' && (
          <Form.Item
            name="regionId"
            label={t('users.field.regionId')}
            rules={[
              { required: true, message: t('common.selectRequired', { field: t('users.field.regionId') }) },
            ]}
          >
            <Select
              data-testid="user-region"
              showSearch={{ optionFilterProp: 'label' }}
              options={regions.map((r) => ({ value: r.id, label: r.name }))}
            />
          </Form.Item>
        )}
        {role === 'unit_handler' && (
          <Form.Item
            name="departmentId"
            label={t('users.field.departmentId')}
            rules={[
              {
                required: true,
                message: t('common.selectRequired', { field: t('users.field.departmentId') }),
              },
            ]}
          >
            <Select
              data-testid="user-department"
              loading={departments.isLoading}
              showSearch={{ optionFilterProp: 'label' }}
              options={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
            />
          </Form.Item>
        )}
        <PasswordField
          form={form}
          name="initialPassword"
          label={t('users.field.initialPassword')}
          username={() => String(form.getFieldValue('username') ?? '')}
        />
      </Form>
    </Modal>
  );
}
