import { Col, DatePicker, Divider, Form, Radio, Row } from 'antd';
import type { Dayjs } from 'dayjs';
import { SIGNING_TYPES, type SigningType } from '../../../domain/lifecycle/stages';
import { wanToYuan } from '../../../domain/money/money';
import { useT } from '../../i18n/useT';
import { DATE_FORMAT } from '../../lib/format';
import { MoneyInput, useMoneyRules } from './ProjectFormFields';
import type { SigningInput } from './types';

export type SigningValues = {
  signingType?: SigningType;
  contractedInvestmentWan?: string;
  registerBy?: Dayjs | null;
  startBy?: Dayjs | null;
  produceBy?: Dayjs | null;
};

export function toSigning(v: SigningValues): SigningInput {
  const day = (d: Dayjs | null | undefined) => (d ? d.format(DATE_FORMAT) : undefined);
  return {
    signingType: v.signingType ?? 'formal',
    contractedInvestment: wanToYuan(v.contractedInvestmentWan ?? '') ?? '0',
    registerBy: day(v.registerBy),
    startBy: day(v.startBy),
    produceBy: day(v.produceBy),
  };
}

/** Signing type, contracted investment (万元) and the contract's deadlines. */
export function SigningFields() {
  const t = useT();
  const moneyRules = useMoneyRules('project.field.contractedInvestment', true);
  const deadline = (name: 'registerBy' | 'startBy' | 'produceBy') => (
    <Col xs={24} sm={8}>
      <Form.Item name={name} label={t(`project.field.${name}`)}>
        <DatePicker style={{ width: '100%' }} data-testid={`signing-${name}`} />
      </Form.Item>
    </Col>
  );
  return (
    <>
      <Divider titlePlacement="start" plain style={{ marginTop: 0 }}>
        {t('transition.signingSection')}
      </Divider>
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item name="signingType" label={t('project.field.signingType')} rules={[{ required: true }]}>
            <Radio.Group
              data-testid="signing-type"
              optionType="button"
              options={SIGNING_TYPES.map((s) => ({ value: s, label: t.label('signingType', s) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="contractedInvestmentWan"
            label={t('project.field.contractedInvestment')}
            rules={moneyRules}
          >
            <MoneyInput data-testid="signing-contracted-investment" />
          </Form.Item>
        </Col>
        {deadline('registerBy')}
        {deadline('startBy')}
        {deadline('produceBy')}
      </Row>
    </>
  );
}
