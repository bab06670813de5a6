import { Col, DatePicker, Divider, Form, Radio, Row } from 'antd';
import type { Dayjs } from 'dayjs';
import { SIGNING_TYPES, type SigningType } from '../../../domain/lifecycle/stages';
import { wanToYuan } from '../../../domain/money/money';
import { useT } from '../../i18n/useT';
import { DATE_FORMAT } from '../../lib/format';
import { type EvidenceUploadFile, EvidenceUpload } from './EvidenceUpload';
import { type FundSplitValues, FundSplitFields, toFundSplit } from './FundSplitFields';
import { MoneyInput, useMoneyRules } from './ProjectFormFields';
import type { SigningInput } from './types';

export type SigningValues = FundSplitValues & {
  signingType?: SigningType;
  contractedInvestmentWan?: string;
  registerBy?: Dayjs | null;
  startBy?: Dayjs | null;
  produceBy?: Dayjs | null;
  contractFile?: EvidenceUploadFile[];
};

export function toSigning(v: SigningValues): SigningInput {
  const day = (d: Dayjs | null | undefined) => (d ? d.format(DATE_FORMAT) : undefined);
  const contract = (v.contractFile ?? []).find((f) => f.response)?.response?.id ?? null;
  return {
    signingType: v.signingType ?? 'formal',
    contractedInvestment: wanToYuan(v.contractedInvestmentWan ?? '') ?? '0',
    ...toFundSplit(v),
    contractFileId: contract,
    registerBy: day(v.registerBy),
    startBy: day(v.startBy),
    produceBy: day(v.produceBy),
  };
}

/** Signing type and contracted investment (万元); the agenda and the transition both ask for these. */
export function SigningTypeAndAmount() {
  const t = useT();
  const moneyRules = useMoneyRules('project.field.contractedInvestment', true);
  return (
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
    </Row>
  );
}

/** The contract's deadlines: register by, start by, produce by. */
export function DeadlineFields() {
  const t = useT();
  const deadline = (name: 'registerBy' | 'startBy' | 'produceBy') => (
    <Col xs={24} sm={8}>
      <Form.Item name={name} label={t(`project.field.${name}`)}>
        <DatePicker style={{ width: '100%' }} data-testid={`signing-${name}`} />
      </Form.Item>
    </Col>
  );
  return (
    <Row gutter={16}>
      {deadline('registerBy')}
      {deadline('startBy')}
      {deadline('produceBy')}
    </Row>
  );
}

/** Signing type, contracted investment, fund origin split, deadlines and (given a project) the contract scan. */
export function SigningFields({ projectId }: { projectId?: string }) {
  const t = useT();
  return (
    <>
      <Divider titlePlacement="start" plain style={{ marginTop: 0 }}>
        {t('transition.signingSection')}
      </Divider>
      <SigningTypeAndAmount />
      <Divider titlePlacement="start" plain>
        {t('signing.fundSplit')}
      </Divider>
      <FundSplitFields />
      <DeadlineFields />
      {projectId && (
        <Form.Item
          name="contractFile"
          label={t('signing.contractFile')}
          extra={t('signing.contractFileHint')}
        >
          <EvidenceUpload projectId={projectId} max={1} testId="signing-contract" />
        </Form.Item>
      )}
    </>
  );
}
