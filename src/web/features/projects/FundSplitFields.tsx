import { Col, Form, Input, Row } from 'antd';
import { compareYuan, sumYuan, wanToYuan } from '../../../domain/money/money';
import { useT } from '../../i18n/useT';
import { MoneyInput, useMoneyRules } from './ProjectFormFields';

export type FundSplitValues = {
  fundsOutOfProvinceWan?: string;
  fundsInProvinceWan?: string;
  fundsLocalWan?: string;
  /** 万美元. */
  fundsForeignUsdWan?: string;
};

const wan = (v: string | undefined) => (v && v.trim() ? wanToYuan(v) : null);

/** The split typed in 万元 (foreign capital in 万美元) → exact amounts in 元 / US$. */
export function toFundSplit(v: FundSplitValues) {
  return {
    fundsOutOfProvince: wan(v.fundsOutOfProvinceWan),
    fundsInProvince: wan(v.fundsInProvinceWan),
    fundsLocal: wan(v.fundsLocalWan),
    fundsForeignUsd: wan(v.fundsForeignUsdWan),
  };
}

export const FUND_SPLIT_FIELD_MAP = {
  'signing.fundsOutOfProvince': ['fundsOutOfProvinceWan'],
  'signing.fundsInProvince': ['fundsInProvinceWan'],
  'signing.fundsLocal': ['fundsLocalWan'],
  'signing.fundsForeignUsd': ['fundsForeignUsdWan'],
  fundsOutOfProvince: ['fundsOutOfProvinceWan'],
  fundsInProvince: ['fundsInProvinceWan'],
  fundsLocal: ['fundsLocalWan'],
  fundsForeignUsd: ['fundsForeignUsdWan'],
};

/**
 * 资金来源: out of province, in the province outside the city, local, and foreign capital in
 * US dollars. Warns (without refusing) when the domestic parts add up to more than the contract.
 */
export function FundSplitFields() {
  const t = useT();
  const outRules = useMoneyRules('signing.fundsOutOfProvince', false);
  const inRules = useMoneyRules('signing.fundsInProvince', false);
  const localRules = useMoneyRules('signing.fundsLocal', false);
  const usdRules = [
    {
      validator: (_: unknown, value: string | undefined) =>
        !value || !value.trim() || wanToYuan(value) !== null
          ? Promise.resolve()
          : Promise.reject(new Error(t('signing.usdInvalid'))),
    },
  ];
  const form = Form.useFormInstance();
  const sumRule = {
    warningOnly: true,
    validator: () => {
      const v = form.getFieldsValue(true) as FundSplitValues & { contractedInvestmentWan?: string };
      const parts = [v.fundsOutOfProvinceWan, v.fundsInProvinceWan, v.fundsLocalWan]
        .map(wan)
        .filter((x): x is string => x !== null);
      const contracted = wan(v.contractedInvestmentWan);
      if (parts.length === 0 || contracted === null) return Promise.resolve();
      return compareYuan(sumYuan(parts), contracted) > 0
        ? Promise.reject(new Error(t('signing.fundsOverContract')))
        : Promise.resolve();
    },
  };
  const field = (
    name: keyof FundSplitValues,
    label: Parameters<typeof t>[0],
    rules: typeof outRules | typeof usdRules,
    testId: string,
    usd = false,
  ) => (
    <Col xs={24} sm={12}>
      <Form.Item
        name={name}
        label={t(label)}
        rules={usd ? rules : [...rules, sumRule]}
        dependencies={usd ? undefined : ['contractedInvestmentWan']}
      >
        {usd ? (
          <Input
            data-testid={testId}
            inputMode="decimal"
            placeholder={t('signing.usdPlaceholder')}
            suffix={<span className="tj-muted">{t('unit.wanUsd')}</span>}
          />
        ) : (
          <MoneyInput data-testid={testId} />
        )}
      </Form.Item>
    </Col>
  );
  return (
    <Row gutter={16}>
      {field('fundsOutOfProvinceWan', 'signing.fundsOutOfProvince', outRules, 'signing-funds-out')}
      {field('fundsInProvinceWan', 'signing.fundsInProvince', inRules, 'signing-funds-in')}
      {field('fundsLocalWan', 'signing.fundsLocal', localRules, 'signing-funds-local')}
      {field('fundsForeignUsdWan', 'signing.fundsForeignUsd', usdRules, 'signing-funds-usd', true)}
    </Row>
  );
}
