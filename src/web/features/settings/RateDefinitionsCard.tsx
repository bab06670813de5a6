import { Checkbox, Col, Form, Input, Row, Select, Switch } from 'antd';
import {
  COUNT_RATES,
  PERFORMING_SIGNS,
  PROJECT_SETS,
  USD_RATE_PATTERN,
  type RateDefinitions,
} from '../../../domain/delivery/rates';
import { useT } from '../../i18n/useT';
import { formulaText, rateName, setName } from '../rates/definitionText';
import { SettingCard } from './SettingCard';
import type { Setting } from './types';

/** The definitions in force, in the words the rates page shows next to each figure. */
function Preview() {
  const t = useT();
  const form = Form.useFormInstance();
  const defs = Form.useWatch('value', form) as RateDefinitions | undefined;
  if (!defs?.rates || !defs.funding) return null;
  const common = {
    performing: defs.performing ?? [],
    unit: 'projects' as const,
    includeForeign: defs.funding.includeForeign,
    usdToCny: defs.funding.usdToCny,
    applyCountingRules: defs.applyCountingRules,
  };
  return (
    <div className="tj-rate-preview" data-testid="rate-definitions-preview">
      <div className="tj-rule-name">{t('settings.rateDefs.preview')}</div>
      {COUNT_RATES.map((k) => (
        <div key={k}>{formulaText(t, k, { ...common, ...defs.rates[k] })}</div>
      ))}
    </div>
  );
}

/** How each rate is counted: numerator and denominator sets, what "performing" means, foreign funds, counting rules. */
export function RateDefinitionsCard({ setting }: { setting: Setting<'rates.definitions'> }) {
  const t = useT();
  const sets = PROJECT_SETS.map((s) => ({ value: s, label: setName(t, s) }));
  return (
    <SettingCard
      setting={setting}
      title={t('settings.rateDefs.title')}
      description={t('settings.rateDefs.description')}
    >
      <Form.Item
        name={['value', 'performing']}
        label={t('settings.rateDefs.performing')}
        rules={[
          { type: 'array', min: 1, required: true, message: t('settings.rateDefs.performingRequired') },
        ]}
        extra={t('settings.rateDefs.performingHint')}
      >
        <Checkbox.Group
          options={PERFORMING_SIGNS.map((s) => ({ value: s, label: t.dynamic(`rates.sign.${s}`, s) }))}
          data-testid="setting-performing"
        />
      </Form.Item>
      {COUNT_RATES.map((k) => (
        <Form.Item key={k} label={rateName(t, k)} style={{ marginBottom: 12 }} required>
          <Row gutter={8} align="middle" wrap={false}>
            <Col flex="1">
              <Form.Item name={['value', 'rates', k, 'numerator']} noStyle>
                <Select
                  options={sets}
                  aria-label={t('settings.rateDefs.numerator')}
                  data-testid={`setting-${k}-numerator`}
                />
              </Form.Item>
            </Col>
            <Col flex="none">÷</Col>
            <Col flex="1">
              <Form.Item name={['value', 'rates', k, 'denominator']} noStyle>
                <Select
                  options={sets}
                  aria-label={t('settings.rateDefs.denominator')}
                  data-testid={`setting-${k}-denominator`}
                />
              </Form.Item>
            </Col>
          </Row>
        </Form.Item>
      ))}
      <div className="tj-rule-list">
        <div className="tj-rule">
          <div>
            <div className="tj-rule-name">{t('settings.rateDefs.includeForeign')}</div>
            <div className="tj-muted">{t('settings.rateDefs.includeForeignHint')}</div>
          </div>
          <Form.Item name={['value', 'funding', 'includeForeign']} valuePropName="checked" noStyle>
            <Switch data-testid="setting-include-foreign" />
          </Form.Item>
        </div>
        <Form.Item
          noStyle
          shouldUpdate={(a: { value?: RateDefinitions }, b: { value?: RateDefinitions }) =>
            a.value?.funding?.includeForeign !== b.value?.funding?.includeForeign
          }
        >
          {({ getFieldValue }) => (
            <Form.Item
              name={['value', 'funding', 'usdToCny']}
              label={t('settings.rateDefs.usdToCny')}
              style={{ margin: '10px 0 0' }}
              rules={[
                { required: true, message: t('common.required', { field: t('settings.rateDefs.usdToCny') }) },
                { pattern: USD_RATE_PATTERN, message: t('settings.rateDefs.usdInvalid') },
              ]}
              extra={t('settings.defaultIs', { value: setting.default.funding.usdToCny })}
            >
              <Input
                inputMode="decimal"
                prefix="1 US$ ="
                suffix={t('settings.rateDefs.yuan')}
                style={{ width: 220 }}
                disabled={!getFieldValue(['value', 'funding', 'includeForeign'])}
                data-testid="setting-usd-rate"
              />
            </Form.Item>
          )}
        </Form.Item>
        <div className="tj-rule">
          <div>
            <div className="tj-rule-name">{t('settings.rateDefs.applyRules')}</div>
            <div className="tj-muted">{t('settings.rateDefs.applyRulesHint')}</div>
          </div>
          <Form.Item name={['value', 'applyCountingRules']} valuePropName="checked" noStyle>
            <Switch data-testid="setting-apply-rules" />
          </Form.Item>
        </div>
      </div>
      <Preview />
    </SettingCard>
  );
}
