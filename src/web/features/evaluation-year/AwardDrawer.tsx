import { App, Checkbox, DatePicker, Drawer, Form, Input, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useT } from '../../i18n/useT';
import { applyFieldErrors, errorMessage } from '../../lib/errors';
import { DATE_FORMAT } from '../../lib/format';
import { FormDrawerFooter } from '../../lib/FormDrawerFooter';
import { useIsMobile } from '../../lib/useIsMobile';
import { OutcomeTag } from '../evaluation/RankBits';
import { MoneyInput } from '../projects/ProjectFormFields';
import { useCreateAward } from './queries';
import type { AwardKind, YearEndOverview, YearUnit } from './types';
import { AWARD_FIELDS, awardRequest, defaultTitle, isWanText, type AwardValues } from './yearEnd';

type Values = Omit<AwardValues, 'decidedOn'> & { decidedOn: Dayjs | null };

/** 登记奖惩 for one unit by hand: kind, title, amount (万元), 文号, date, note; the annual ranking as basis. */
export function AwardDrawer({
  overview,
  unit,
  onClose,
}: {
  overview: YearEndOverview;
  unit: YearUnit;
  onClose: () => void;
}) {
  const t = useT();
  const mobile = useIsMobile();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateAward();
  const annual = overview.annual && unit.annual ? unit.annual : null;
  const kindOf = (outcome: string | null | undefined): AwardKind =>
    outcome === 'pledge' ? 'penalty' : 'reward';
  const start = kindOf(unit.annual?.outcome);

  const changeKind = (kind: AwardKind) => {
    // A title still at the other kind's default follows the kind.
    const title = form.getFieldValue('title') as string;
    if (!title || title === defaultTitle(kind === 'reward' ? 'penalty' : 'reward')) {
      form.setFieldValue('title', defaultTitle(kind));
    }
  };
  const submit = async () => {
    const v = await form.validateFields();
    const body = awardRequest(
      {
        year: overview.year,
        groupId: overview.group.id,
        unitId: unit.unitId,
        annualResultId: annual ? (overview.annual?.resultId ?? null) : null,
      },
      { ...v, decidedOn: (v.decidedOn ?? dayjs()).format(DATE_FORMAT) },
    );
    create.mutate(body, {
      onSuccess: () => {
        void message.success(t('ey.award.saved', { unit: unit.unitName }));
        onClose();
      },
      onError: (error) => {
        if (!applyFieldErrors(t, form, error, AWARD_FIELDS)) void message.error(errorMessage(t, error));
      },
    });
  };

  return (
    <Drawer
      open
      size={mobile ? '100%' : 520}
      title={t('ey.award.title', { unit: unit.unitName, year: overview.year })}
      onClose={onClose}
      destroyOnHidden
      data-testid="ey-award-drawer"
      footer={
        <FormDrawerFooter
          onCancel={onClose}
          onSubmit={() => void submit()}
          loading={create.isPending}
          submitTestId="ey-award-submit"
        />
      }
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          kind: start,
          title: defaultTitle(start),
          amountWan: '',
          documentNo: '',
          decidedOn: dayjs(),
          note: '',
          basis: annual !== null,
        }}
      >
        <Form.Item name="kind" label={t('ey.form.kind')} rules={[{ required: true }]}>
          <Radio.Group
            optionType="button"
            onChange={(e) => changeKind(e.target.value as AwardKind)}
            options={(['reward', 'penalty'] as const).map((k) => ({ value: k, label: t(`ey.kind.${k}`) }))}
            data-testid="ey-award-kind"
          />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('ey.form.title')}
          rules={[{ required: true, whitespace: true, message: t('ey.form.titleRequired') }]}
        >
          <Input maxLength={60} data-testid="ey-award-title" />
        </Form.Item>
        <Form.Item
          name="amountWan"
          label={t('ey.form.amount')}
          extra={t('ey.form.amountHint')}
          rules={[
            {
              validator: (_: unknown, v?: string) =>
                isWanText(v) ? Promise.resolve() : Promise.reject(new Error(t('project.moneyInvalid'))),
            },
          ]}
        >
          <MoneyInput data-testid="ey-award-amount" />
        </Form.Item>
        <Form.Item name="documentNo" label={t('ey.form.documentNo')}>
          <Input
            maxLength={60}
            placeholder={t('ey.form.documentNoPlaceholder')}
            data-testid="ey-award-document"
          />
        </Form.Item>
        <Form.Item
          name="decidedOn"
          label={t('ey.form.decidedOn')}
          rules={[{ required: true, message: t('ey.form.decidedOnRequired') }]}
        >
          <DatePicker style={{ width: '100%' }} data-testid="ey-award-date" />
        </Form.Item>
        <Form.Item name="note" label={t('ey.form.note')}>
          <Input.TextArea rows={3} maxLength={500} showCount data-testid="ey-award-note" />
        </Form.Item>
        <Form.Item name="basis" valuePropName="checked" extra={annual ? undefined : t('ey.form.noBasis')}>
          <Checkbox disabled={!annual} data-testid="ey-award-basis">
            {annual ? (
              <>
                {t('ey.form.basis', { year: overview.year, rank: annual.rank })}{' '}
                <OutcomeTag outcome={annual.outcome} />
              </>
            ) : (
              t('ey.form.basisNone', { year: overview.year })
            )}
          </Checkbox>
        </Form.Item>
      </Form>
    </Drawer>
  );
}
