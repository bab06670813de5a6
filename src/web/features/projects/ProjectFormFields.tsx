import {
  AutoComplete,
  Checkbox,
  Col,
  DatePicker,
  Divider,
  Form,
  Input,
  Radio,
  Row,
  Select,
  Switch,
} from 'antd';
import { LAND_SITUATIONS } from '../../../domain/lifecycle/stages';
import { LIMITS } from '../../../domain/limits';
import { wanToYuan } from '../../../domain/money/money';
import type { MessageKey } from '../../i18n/zh-CN';
import { useT } from '../../i18n/useT';
import { useRegionOptions } from '../org/queries';
import { BRINGS, INDUSTRY_CATEGORIES, PROMOTION_METHODS } from '../../../domain/projects/fields';
import { InvestorFields, LeadFields } from './LeadFields';
import { INDUSTRY_SUGGESTIONS } from './types';

/** A 万元 amount typed as text and converted exactly (never through a float). */
export function useMoneyRules(label: MessageKey, required: boolean) {
  const t = useT();
  return [
    ...(required ? [{ required: true, message: t('common.required', { field: t(label) }) }] : []),
    {
      validator: (_: unknown, value: string | undefined) =>
        !value || !value.trim() || wanToYuan(value) !== null
          ? Promise.resolve()
          : Promise.reject(new Error(t('project.moneyInvalid'))),
    },
  ];
}

export function MoneyInput(props: {
  'data-testid'?: string;
  value?: string;
  onChange?: (v: string) => void;
}) {
  const t = useT();
  return (
    <Input
      data-testid={props['data-testid']}
      inputMode="decimal"
      placeholder={t('project.moneyPlaceholder')}
      suffix={<span className="tj-muted">{t('unit.wan')}</span>}
      value={props.value}
      onChange={(e) => props.onChange?.(e.target.value)}
    />
  );
}

/** The fields of the project form (create and edit). `fixedRegion` locks the region for county officers. */
export function ProjectFormFields({ fixedRegion }: { fixedRegion: boolean }) {
  const t = useT();
  const { regions, isLoading } = useRegionOptions();
  const required = (key: MessageKey) => ({
    required: true,
    whitespace: true,
    message: t('common.required', { field: t(key) }),
  });
  const chosen = (key: MessageKey) => ({
    required: true,
    message: t('common.selectRequired', { field: t(key) }),
  });
  const totalRules = useMoneyRules('project.field.totalInvestment', true);
  const contractedRules = useMoneyRules('project.field.contractedInvestment', false);
  const dateField = (name: 'registerBy' | 'startBy' | 'produceBy') => (
    <Col xs={24} sm={8}>
      <Form.Item name={name} label={t(`project.field.${name}`)}>
        <DatePicker style={{ width: '100%' }} data-testid={`project-${name}`} />
      </Form.Item>
    </Col>
  );

  return (
    <>
      <Form.Item name="name" label={t('project.field.name')} rules={[required('project.field.name')]}>
        <Input data-testid="project-name" maxLength={LIMITS.name} showCount />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item
            name="regionId"
            label={t('project.field.regionId')}
            rules={[chosen('project.field.regionId')]}
          >
            <Select
              data-testid="project-region"
              disabled={fixedRegion}
              loading={isLoading}
              showSearch={{ optionFilterProp: 'label' }}
              options={regions.map((r) => ({ value: r.id, label: r.name }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="industryCategory"
            label={t('project.field.industryCategory')}
            rules={[chosen('project.field.industryCategory')]}
          >
            <Select
              data-testid="project-industry-category"
              options={INDUSTRY_CATEGORIES.map((c) => ({ value: c, label: t.label('industryCategory', c) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="industry"
            label={t('project.field.industry')}
            rules={[required('project.field.industry')]}
          >
            <AutoComplete
              data-testid="project-industry"
              placeholder={t('project.industryPlaceholder')}
              options={INDUSTRY_SUGGESTIONS.map((s) => ({ value: s }))}
              showSearch={{ filterOption: (input, option) => String(option?.value ?? '').includes(input) }}
              maxLength={LIMITS.shortText}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="strategicEmerging"
            label={t('project.field.strategicEmerging')}
            valuePropName="checked"
          >
            <Switch data-testid="project-strategic" />
          </Form.Item>
        </Col>
      </Row>
      <Divider titlePlacement="start" plain>
        {t('lead.section.investor')}
      </Divider>
      <InvestorFields />
      <Divider titlePlacement="start" plain>
        {t('lead.section.lead')}
      </Divider>
      <LeadFields />
      <Divider titlePlacement="start" plain>
        {t('project.section.investment')}
      </Divider>
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item name="totalInvestmentWan" label={t('project.field.totalInvestment')} rules={totalRules}>
            <MoneyInput data-testid="project-total-investment" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="contractedInvestmentWan"
            label={t('project.field.contractedInvestment')}
            rules={contractedRules}
          >
            <MoneyInput data-testid="project-contracted-investment" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="promotionMethods" label={t('project.field.promotionMethods')}>
        <Checkbox.Group
          data-testid="project-promotion-methods"
          options={PROMOTION_METHODS.map((m) => ({ value: m, label: t.label('promotionMethod', m) }))}
        />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item name="brings" label={t('project.field.brings')}>
            <Checkbox.Group options={BRINGS.map((b) => ({ value: b, label: t.label('brings', b) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="introducedBy" label={t('project.field.introducedBy')}>
            <Input maxLength={LIMITS.shortText} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="landSituation"
        label={t('project.field.landSituation')}
        rules={[chosen('project.field.landSituation')]}
      >
        <Radio.Group
          data-testid="project-land"
          optionType="button"
          options={LAND_SITUATIONS.map((l) => ({ value: l, label: t.label('landSituation', l) }))}
        />
      </Form.Item>
      <Row gutter={16}>
        {dateField('registerBy')}
        {dateField('startBy')}
        {dateField('produceBy')}
      </Row>
      <Form.Item name="description" label={t('project.field.description')}>
        <Input.TextArea rows={4} maxLength={LIMITS.description} showCount />
      </Form.Item>
    </>
  );
}
