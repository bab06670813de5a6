import { Alert, App, Button, Input, Popconfirm, Space, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { useT } from '../../i18n/useT';
import { errorMessage } from '../../lib/errors';
import { formatDateTimeShort } from '../../lib/format';
import { PlusIcon, SearchIcon } from '../../lib/icons';
import { useCurrentUser } from '../auth/queries';
import { useDepartments, useRegions } from '../org/queries';
import { CreateUserModal } from './CreateUserModal';
import { type EditMode, EditUserModal } from './EditUserModal';
import { useUpdateUser, useUsers } from './queries';
import type { UserAccount } from './types';

function StatusTags({ user }: { user: UserAccount }) {
  const t = useT();
  const locked = user.lockedUntil !== null && new Date(user.lockedUntil) > new Date();
  return (
    <Space size={4} wrap>
      {user.disabled ? (
        <Tag color="default">{t('users.status.disabled')}</Tag>
      ) : (
        <Tag color="green">{t('users.status.active')}</Tag>
      )}
      {locked && <Tag color="red">{t('users.status.locked')}</Tag>}
      {user.mustChangePassword && <Tag color="orange">{t('users.status.mustChange')}</Tag>}
    </Space>
  );
}

/** /users (sys_admin): accounts, creation, rename, password reset, disable / enable. */
export function UsersPage() {
  const t = useT();
  const me = useCurrentUser();
  const { message } = App.useApp();
  const users = useUsers();
  const update = useUpdateUser();
  const regions = useRegions();
  const departments = useDepartments();
  const [search, setSearch] = useState('');
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<{ user: UserAccount; mode: EditMode } | null>(null);

  const scope = (u: UserAccount) =>
    (u.regionId && regions.data?.find((r) => r.id === u.regionId)?.name) ||
    (u.departmentId && departments.data?.find((d) => d.id === u.departmentId)?.name) ||
    '—';
  const isLocked = (u: UserAccount) => u.lockedUntil !== null && new Date(u.lockedUntil) > new Date();
  const patch = (u: UserAccount, input: { disabled?: boolean; unlock?: boolean }) =>
    update.mutate(
      { id: u.id, ...input },
      {
        onSuccess: () => void message.success(t(input.unlock ? 'users.unlocked' : 'users.updated')),
        onError: (error) => void message.error(errorMessage(t, error)),
      },
    );

  const q = search.trim().toLowerCase();
  const rows = (users.data ?? []).filter(
    (u) => !q || u.username.toLowerCase().includes(q) || u.displayName.toLowerCase().includes(q),
  );
  const columns: TableColumnsType<UserAccount> = [
    {
      title: t('users.col.username'),
      dataIndex: 'username',
      width: 124,
      render: (v: string) => <code>{v}</code>,
    },
    { title: t('users.col.displayName'), dataIndex: 'displayName', width: 130 },
    {
      title: t('users.col.role'),
      dataIndex: 'role',
      width: 120,
      render: (r: UserAccount['role']) => t.label('role', r),
    },
    { title: t('users.col.scope'), key: 'scope', width: 150, render: (_, u) => scope(u) },
    { title: t('users.col.status'), key: 'status', width: 150, render: (_, u) => <StatusTags user={u} /> },
    {
      title: t('users.col.lastLoginAt'),
      dataIndex: 'lastLoginAt',
      width: 140,
      render: (v: string | null) =>
        v ? formatDateTimeShort(v) : <span className="tj-muted">{t('users.never')}</span>,
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 206,
      fixed: 'right',
      render: (_, u) => (
        <Space size={0} wrap>
          <Button type="link" size="small" onClick={() => setEditing({ user: u, mode: 'rename' })}>
            {t('users.editName')}
          </Button>
          <Button
            type="link"
            size="small"
            data-testid="user-reset-password"
            onClick={() => setEditing({ user: u, mode: 'reset' })}
          >
            {t('users.resetPassword')}
          </Button>
          {isLocked(u) && (
            <Button type="link" size="small" onClick={() => patch(u, { unlock: true })}>
              {t('users.unlock')}
            </Button>
          )}
          {u.disabled ? (
            <Button type="link" size="small" onClick={() => patch(u, { disabled: false })}>
              {t('users.enable')}
            </Button>
          ) : (
            <Popconfirm
              title={t('users.disableConfirm', { name: u.displayName })}
              okText={t('users.disable')}
              okButtonProps={{ danger: true }}
              cancelText={t('common.cancel')}
              onConfirm={() => patch(u, { disabled: true })}
              disabled={u.id === me.id}
            >
              <Button type="link" size="small" danger disabled={u.id === me.id} data-testid="user-disable">
                {t('users.disable')}
              </Button>
            </Popconfirm>
          )}
        </Space>
      ),
    },
  ];

  return (
    <>
      <div className="tj-page-head">
        <div>
          <h1 className="tj-page-title">{t('users.title')}</h1>
          <div className="tj-page-subtitle">{t('users.subtitle')}</div>
        </div>
        <Button
          type="primary"
          icon={<PlusIcon />}
          onClick={() => setCreating(true)}
          data-testid="user-create"
        >
          {t('users.new')}
        </Button>
      </div>
      <div className="tj-filters">
        <Input
          allowClear
          prefix={<SearchIcon />}
          placeholder={t('users.search')}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          style={{ maxWidth: 320 }}
        />
      </div>
      {users.error && (
        <Alert type="error" showIcon title={errorMessage(t, users.error)} style={{ marginBottom: 16 }} />
      )}
      <Table<UserAccount>
        data-testid="users-table"
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={rows}
        loading={users.isFetching}
        scroll={{ x: 1010 }}
        pagination={{
          pageSize: 20,
          showTotal: (n) => t('common.total', { total: n }),
          hideOnSinglePage: true,
        }}
      />
      <CreateUserModal open={creating} onClose={() => setCreating(false)} />
      <EditUserModal
        user={editing?.user ?? null}
        mode={editing?.mode ?? 'rename'}
        onClose={() => setEditing(null)}
      />
    </>
  );
}
