import { App, Button, Drawer, Form, Input, Radio, Select } from 'antd';
import { useEffect } from 'react';
import { LIMITS } from '../../../domain/limits';
import { useT } from '../../i18n/useT';
import { FormDrawerFooter } from '../../lib/FormDrawerFooter';
import { PlusIcon } from '../../lib/icons';
import { useIsMobile } from '../../lib/useIsMobile';
import { useCurrentUser } from '../auth/queries';
import { useDepartments, useRegionOptions } from '../org/queries';
import { useWriteErrorHandler } from '../projects/useConflictDialog';
import { usePeople, useSaveTeam } from './queries';
import type { LeadUnitKind, TeamView } from './types';

type Values = {
  leaderId?: string;
  unitKind: LeadUnitKind;
  unitId?: string;
  members: { userId?: string; duty?: string }[];
  note?: string;
};

type Props = {
  projectId: string;
  team: TeamView | null;
  open: boolean;
  onClose: () => void;
  onReload: () => void;
};

const FIELD_MAP = { 'leadUnit.id': ['unitId'], 'leadUnit.kind': ['unitKind'] };

/** Sets up or changes the work team: leader (a leader account), lead unit, members with duties. */
export function TeamDrawer({ projectId, team, open, onClose, onReload }: Props) {
  const t = useT();
  const me = useCurrentUser();
  const mobile = useIsMobile();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const people = usePeople(open);
  const departments = useDepartments(open);
  const { regions } = useRegionOptions();
  const save = useSaveTeam(projectId);
  const handleError = useWriteErrorHandler(() => {
    onClose();
    onReload();
  });
  const unitKind = Form.useWatch('unitKind', form);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(
      team
        ? {
            leaderId: team.leader.userId,
            unitKind: team.leadUnit.kind,
            unitId: team.leadUnit.id,
            members: team.members.map((m) => ({ userId: m.userId, duty: m.duty ?? '' })),
            note: team.note ?? '',
          }
        : { unitKind: 'region', unitId: me.regionId ?? undefined, members: [] },
    );
  }, [open, team, form, me.regionId]);

  const everyone = (people.data ?? []).map((p) => ({
    value: p.id,
    label: `${p.displayName}（${t.label('role', p.role)}）`,
  }));
  const leaders = (people.data ?? [])
    .filter((p) => p.role === 'leader')
    .map((p) => ({ value: p.id, label: p.displayName }));
  const units =
    unitKind === 'department'
      ? (departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))
      : regions.map((r) => ({ value: r.id, label: r.name }));
  const chosen = (label: Parameters<typeof t>[0]) => ({
    required: true,
    message: t('common.selectRequired', { field: t(label) }),
  });

  const submit = (v: Values) =>
    save.mutate(
      {
        leaderId: v.leaderId ?? '',
        leadUnit: { kind: v.unitKind, id: v.unitId ?? '' },
        members: v.members.map((m) => ({ userId: m.userId ?? '', duty: m.duty?.trim() || null })),
        note: v.note?.trim() || null,
        version: team?.version,
      },
      {
        onSuccess: () => {
          void message.success(t('team.saved'));
          onClose();
        },
        onError: (error) => handleError(error, form, FIELD_MAP),
      },
    );

  return (
    <Drawer
      title={t('team.title')}
      open={open}
      onClose={onClose}
      placement={mobile ? 'bottom' : 'right'}
      size={mobile ? '92%' : 520}
      forceRender
      footer={
        <FormDrawerFooter
          onCancel={onClose}
          onSubmit={() => form.submit()}
          loading={save.isPending}
          submitTestId="team-submit"
          size={mobile ? 'large' : 'middle'}
        />
      }
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        data-testid="team-form"
        scrollToFirstError
      >
        <Form.Item
          name="leaderId"
          label={t('team.leader')}
          extra={t('team.leaderHint')}
          rules={[chosen('team.leader')]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={leaders}
            loading={people.isPending}
            data-testid="team-leader-select"
          />
        </Form.Item>
        <Form.Item name="unitKind" label={t('team.leadUnit')} style={{ marginBottom: 8 }}>
          <Radio.Group onChange={() => form.setFieldValue('unitId', undefined)}>
            <Radio.Button value="region">{t('team.unitKind.region')}</Radio.Button>
            <Radio.Button value="department">{t('team.unitKind.department')}</Radio.Button>
          </Radio.Group>
        </Form.Item>
        <Form.Item name="unitId" rules={[chosen('team.leadUnit')]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={units}
            loading={departments.isPending && unitKind === 'department'}
            data-testid="team-unit-select"
          />
        </Form.Item>
        <Form.List
          name="members"
          rules={[
            {
              validator: (_, members?: Values['members']) => {
                const ids = (members ?? []).flatMap((m) => (m.userId ? [m.userId] : []));
                return new Set(ids).size === ids.length
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('fieldError.duplicate_member')));
              },
            },
          ]}
        >
          {(fields, { add, remove }, { errors }) => (
            <div className="tj-team-editor">
              <div className="ant-form-item-label">
                <label>{t('team.members')}</label>
              </div>
              {fields.map((field) => (
                <div key={field.key} className="tj-team-row" data-testid="team-member-row">
                  <Form.Item
                    name={[field.name, 'userId']}
                    rules={[chosen('team.member')]}
                    className="tj-team-person"
                  >
                    <Select
                      showSearch={{ optionFilterProp: 'label' }}
                      options={everyone}
                      placeholder={t('team.member')}
                      data-testid="team-member-select"
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'duty']} className="tj-team-duty">
                    <Input maxLength={LIMITS.shortText} placeholder={t('team.dutyPlaceholder')} />
                  </Form.Item>
                  <Button type="link" danger onClick={() => remove(field.name)}>
                    {t('team.removeMember')}
                  </Button>
                </div>
              ))}
              <Form.ErrorList errors={errors} />
              <Button
                block
                icon={<PlusIcon />}
                onClick={() => add({ duty: '' })}
                data-testid="team-add-member"
              >
                {t('team.addMember')}
              </Button>
            </div>
          )}
        </Form.List>
        <Form.Item name="note" label={t('team.note')} style={{ marginTop: 16 }}>
          <Input.TextArea rows={2} maxLength={LIMITS.note} placeholder={t('team.notePlaceholder')} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
