import { Col, Form, Input, Row, Select, Switch } from 'antd';
import { isForeignCapital, ORIGIN_REGIONS } from '../../../domain/investors/fields';
import { LIMITS } from '../../../domain/limits';
import { LEAD_SOURCES } from '../../../domain/projects/lead';
import type { MessageKey } from '../../i18n/zh-CN';
import { useT } from '../../i18n/useT';
import { useCurrentUser } from '../auth/queries';
import { InvestorSelect } from '../investors/InvestorSelect';
import type { Investor } from '../investors/types';
import { useAssignableOwners } from './queries';

const CREDIT_CODE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/**
 * The investor of a project: chosen from the registry (its name, code, origin and capital type are
 * copied, as the server does) or typed; plus where the capital comes from.
 */
export function InvestorFields() {
  const t = useT();
  const form = Form.useFormInstance();
  const investorId = Form.useWatch('investorId', form) as string | null | undefined;
  const investorName = Form.useWatch('investorName', form) as string | undefined;
  const linked = Boolean(investorId);
  const required = (key: MessageKey) => ({
    required: true,
    whitespace: true,
    message: t('common.required', { field: t(key) }),
  });

  const pick = (inv: Investor | null) => {
    if (!inv) return;
    form.setFieldsValue({
      investorName: inv.name,
      investorCreditCode: inv.creditCode ?? '',
      originRegion: inv.originRegion,
      foreignCapital: isForeignCapital(inv.ownership, inv.originCountry, inv.originProvince),
    });
    void form.validateFields(['investorName', 'investorCreditCode']);
  };

  return (
    <Row gutter={16}>
      <Col xs={24}>
        <Form.Item name="investorId" label={t('lead.field.investorId')} extra={t('lead.investorHint')}>
          <InvestorSelect data-testid="project-investor-select" onPick={pick} currentLabel={investorName} />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item
          name="investorName"
          label={t('project.field.investorName')}
          rules={[required('project.field.investorName')]}
        >
          <Input data-testid="project-investor" maxLength={LIMITS.name} disabled={linked} />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item
          name="investorCreditCode"
          label={t('project.field.investorCreditCode')}
          normalize={(v: string) => v.toUpperCase()}
          rules={[{ pattern: CREDIT_CODE, message: t('project.creditCodeInvalid') }]}
        >
          <Input data-testid="project-credit-code" maxLength={18} disabled={linked} />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item name="originRegion" label={t('lead.field.originRegion')}>
          <Select
            allowClear
            data-testid="project-origin-region"
            placeholder={t('lead.originPlaceholder')}
            options={ORIGIN_REGIONS.map((r) => ({ value: r, label: t.label('originRegion', r) }))}
          />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item name="foreignCapital" label={t('lead.field.foreignCapital')} valuePropName="checked">
          <Switch data-testid="project-foreign-capital" />
        </Form.Item>
      </Col>
    </Row>
  );
}

/** Where the lead came from, who follows it, and the facts the counting rules look at. */
export function LeadFields() {
  const t = useT();
  const me = useCurrentUser();
  const form = Form.useFormInstance();
  const ownerId = Form.useWatch('ownerId', form) as string | null | undefined;
  const assignable = useAssignableOwners();
  const owners = [
    { value: me.id, label: t('lead.ownerMe', { name: me.displayName }) },
    ...(assignable.data?.items ?? [])
      .filter((u) => u.id !== me.id)
      .map((u) => ({ value: u.id, label: u.displayName })),
  ];
  if (ownerId && !owners.some((o) => o.value === ownerId))
    owners.push({ value: ownerId, label: t('lead.ownerOther') });
  return (
    <Row gutter={16}>
      <Col xs={24} sm={12}>
        <Form.Item name="leadSource" label={t('lead.field.leadSource')}>
          <Select
            allowClear
            data-testid="project-lead-source"
            options={LEAD_SOURCES.map((s) => ({ value: s, label: t.label('leadSource', s) }))}
          />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item name="ownerId" label={t('lead.field.ownerId')} extra={t('lead.ownerHint')}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            data-testid="project-owner"
            placeholder={t('lead.ownerNone')}
            options={owners}
            loading={assignable.isLoading}
          />
        </Form.Item>
      </Col>
      <Col xs={12}>
        <Form.Item name="realEstate" label={t('lead.field.realEstate')} valuePropName="checked">
          <Switch data-testid="project-real-estate" />
        </Form.Item>
      </Col>
      <Col xs={12}>
        <Form.Item name="fiscallyFunded" label={t('lead.field.fiscallyFunded')} valuePropName="checked">
          <Switch data-testid="project-fiscally-funded" />
        </Form.Item>
      </Col>
    </Row>
  );
}
