import { App, Drawer, Form, Input, Select, Switch } from 'antd';
import { useEffect, useRef } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../../i18n/useT';
import { ApiError } from '../../lib/api';
import { applyFieldErrors, errorMessage, type FieldMap } from '../../lib/errors';
import { FormDrawerFooter } from '../../lib/FormDrawerFooter';
import { useIsMobile } from '../../lib/useIsMobile';
import { periodLabel } from '../evaluation/period';
import { useRankingGroups } from '../evaluation/queries';
import { HalfPeriodPicker } from './HalfPeriodPicker';
import { JudgeSelect } from './JudgeSelect';
import { useCreateInspection } from './queries';
import { SheetEditor } from './SheetEditor';
import { currentHalf, defaultSheet, sheetOf, type SheetRow } from './sheet';
import { SitePicker } from './SitePicker';

type Values = {
  name: string;
  period: string;
  groupId: string;
  sheet: SheetRow[];
  dropExtremes: boolean;
  judgeIds: string[];
  projectIds: string[];
};

type Props = { open: boolean; onClose: () => void };

/** A judge or site named by index ("body.judgeIds.2") is shown on its picker. */
function listFieldMap(error: unknown): FieldMap {
  if (!(error instanceof ApiError)) return {};
  const map: FieldMap = {};
  for (const d of error.details) {
    const m = /^body\.(judgeIds|projectIds)\.\d+$/.exec(d.path);
    if (m?.[1]) map[d.path.replace(/^body\./, '')] = [m[1]];
  }
  return map;
}

/** 新建观摩: name, half-year, ranking group, scoring sheet, the extremes rule, judges and sites. */
export function CreateInspectionDrawer({ open, onClose }: Props) {
  const t = useT();
  const mobile = useIsMobile();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const groups = useRankingGroups();
  const create = useCreateInspection();
  const judgeCount = (Form.useWatch('judgeIds', form) as string[] | undefined)?.length ?? 0;
  const siteCount = (Form.useWatch('projectIds', form) as string[] | undefined)?.length ?? 0;
  const defaultName = (period: string) => t('insp.field.defaultName', { period: periodLabel(t, period) });
  const lastPeriod = useRef('');

  useEffect(() => {
    if (!open) return;
    const period = currentHalf();
    form.resetFields();
    form.setFieldsValue({
      name: defaultName(period),
      period,
      sheet: defaultSheet((k) => t(`insp.sheet.default.${k}`)),
      dropExtremes: true,
      judgeIds: [],
      projectIds: [],
    });
    lastPeriod.current = period;
    // The defaults are set once per opening, in the language of that moment.
  }, [open, form]);

  useEffect(() => {
    const first = groups.data?.[0];
    if (open && first && !form.getFieldValue('groupId')) form.setFieldValue('groupId', first.id);
  }, [open, groups.data, form]);

  const changed = (changedValues: Partial<Values>) => {
    // The name follows the period while it is still the suggested one.
    if (changedValues.period === undefined) return;
    const name = ((form.getFieldValue('name') as string | undefined) ?? '').trim();
    if (!name || name === defaultName(lastPeriod.current))
      form.setFieldValue('name', defaultName(changedValues.period));
    lastPeriod.current = changedValues.period;
  };

  const submit = (v: Values) =>
    create.mutate(
      {
        name: v.name.trim(),
        period: v.period,
        groupId: v.groupId,
        sheet: sheetOf(v.sheet),
        dropExtremes: v.dropExtremes,
        judgeIds: v.judgeIds,
        projectIds: v.projectIds,
      },
      {
        onSuccess: (view) => {
          void message.success(t('insp.form.created'));
          onClose();
          void navigate(`/inspections/${view.id}`);
        },
        onError: (error) => {
          applyFieldErrors(t, form, error, listFieldMap(error));
          void message.error(errorMessage(t, error));
        },
      },
    );

  return (
    <Drawer
      title={t('insp.form.title')}
      open={open}
      onClose={onClose}
      placement={mobile ? 'bottom' : 'right'}
      size={mobile ? '92%' : 640}
      // A set-up takes a while to fill in: only 取消 or × closes it, not a stray Esc or click outside.
      keyboard={false}
      mask={{ closable: false }}
      forceRender
      footer={
        <FormDrawerFooter
          onCancel={onClose}
          onSubmit={() => form.submit()}
          loading={create.isPending}
          submitTestId="insp-create-submit"
          submitLabel={t('insp.form.submit')}
          size={mobile ? 'large' : 'middle'}
        />
      }
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        onValuesChange={changed}
        scrollToFirstError
        data-testid="insp-create-form"
      >
        <Form.Item
          name="period"
          label={t('insp.field.period')}
          rules={[{ required: true, message: t('common.selectRequired', { field: t('insp.field.period') }) }]}
        >
          <HalfPeriodPicker />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('insp.field.name')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('common.required', { field: t('insp.field.name') }),
            },
          ]}
        >
          <Input maxLength={120} showCount data-testid="insp-name" />
        </Form.Item>
        <Form.Item
          name="groupId"
          label={t('insp.field.group')}
          extra={t('insp.field.groupHint')}
          rules={[{ required: true, message: t('common.selectRequired', { field: t('insp.field.group') }) }]}
        >
          <Select
            loading={groups.isPending}
            options={(groups.data ?? []).map((g) => ({ value: g.id, label: g.name }))}
            data-testid="insp-group"
          />
        </Form.Item>
        <Form.Item label={t('insp.field.sheet')} extra={t('insp.field.sheetHint')} required>
          <SheetEditor form={form} />
        </Form.Item>
        <Form.Item
          name="dropExtremes"
          label={t('insp.field.dropExtremes')}
          valuePropName="checked"
          extra={t('insp.field.dropExtremesHint')}
        >
          <Switch data-testid="insp-drop" />
        </Form.Item>
        <Form.Item
          name="judgeIds"
          label={t('insp.field.judges')}
          extra={
            judgeCount > 0 && judgeCount < 3
              ? t('insp.field.judgesFew', { count: judgeCount })
              : t('insp.field.judgesHint', { count: judgeCount })
          }
          rules={[
            {
              required: true,
              type: 'array',
              min: 1,
              message: t('common.selectRequired', { field: t('insp.field.judges') }),
            },
          ]}
        >
          <JudgeSelect />
        </Form.Item>
        <Form.Item
          name="projectIds"
          label={t('insp.field.sites')}
          extra={siteCount > 0 ? t('insp.field.sitesCount', { count: siteCount }) : undefined}
          rules={[
            {
              required: true,
              type: 'array',
              min: 1,
              message: t('common.selectRequired', { field: t('insp.field.sites') }),
            },
          ]}
        >
          <SitePicker />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
