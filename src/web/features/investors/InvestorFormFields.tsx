import { AutoComplete, Checkbox, Col, Divider, Form, Input, Radio, Row, Select } from 'antd';
import { INVESTOR_KINDS, ORIGIN_REGIONS, OWNERSHIPS, originRegionOf } from '../../../domain/investors/fields';
import { LIMITS } from '../../../domain/limits';
import type { MessageKey } from '../../i18n/zh-CN';
import { useT } from '../../i18n/useT';
import { useRegionOptions } from '../org/queries';
import { ContactsField } from './ContactsField';
import { INVESTOR_FLAGS, PROVINCES } from './types';

/** The fields of the investor drawer. `ownerChoice` lets the city choose which region keeps it. */
export function InvestorFormFields({ ownerChoice }: { ownerChoice: boolean }) {
  const t = useT();
  const form = Form.useFormInstance();
  const province = Form.useWatch('originProvince', form) as string | undefined;
  const country = Form.useWatch('originCountry', form) as string | undefined;
  const { regions } = useRegionOptions();
  const derived = originRegionOf(province?.trim() || null, country?.trim() || null);
  const required = (key: MessageKey) => ({
    required: true,
    whitespace: true,
    message: t('common.required', { field: t(key) }),
  });

  return (
    <>
      <Form.Item name="name" label={t('investor.field.name')} rules={[required('investor.field.name')]}>
        <Input data-testid="investor-name" maxLength={LIMITS.name} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item
            name="creditCode"
            label={t('investor.field.creditCode')}
            normalize={(v: string) => v.toUpperCase()}
            extra={t('investor.creditCodeHint')}
          >
            <Input data-testid="investor-credit-code" maxLength={24} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="kind" label={t('investor.field.kind')} rules={[{ required: true }]}>
            <Radio.Group
              data-testid="investor-kind"
              optionType="button"
              options={INVESTOR_KINDS.map((k) => ({ value: k, label: t.label('investorKind', k) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="originProvince" label={t('investor.field.originProvince')}>
            <AutoComplete
              data-testid="investor-province"
              options={PROVINCES.map((p) => ({ value: p }))}
              showSearch={{ filterOption: (input, option) => String(option?.value ?? '').includes(input) }}
              maxLength={LIMITS.displayName}
              placeholder={t('investor.provincePlaceholder')}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="originCountry" label={t('investor.field.originCountry')}>
            <Input maxLength={LIMITS.displayName} placeholder={t('investor.countryPlaceholder')} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="originRegion"
            label={t('investor.field.originRegion')}
            extra={t('investor.originRegionHint', {
              derived: derived ? t.label('originRegion', derived) : t('investor.originUnknown'),
            })}
          >
            <Select
              data-testid="investor-origin-region"
              allowClear
              placeholder={t('investor.originRegionAuto')}
              options={ORIGIN_REGIONS.map((r) => ({ value: r, label: t.label('originRegion', r) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="ownership" label={t('investor.field.ownership')}>
            <Select
              allowClear
              placeholder={t('investor.ownershipPlaceholder')}
              data-testid="investor-ownership"
              options={OWNERSHIPS.map((o) => ({ value: o, label: t.label('ownership', o) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="industry" label={t('investor.field.industry')}>
            <Input maxLength={LIMITS.shortText} />
          </Form.Item>
        </Col>
        {ownerChoice && (
          <Col xs={24} sm={12}>
            <Form.Item name="ownerRegionId" label={t('investor.field.ownerRegionId')}>
              <Select
                allowClear
                placeholder={t('investor.ownerCity')}
                showSearch={{ optionFilterProp: 'label' }}
                options={regions.map((r) => ({ value: r.id, label: r.name }))}
              />
            </Form.Item>
          </Col>
        )}
      </Row>
      <Form.Item name="flags" label={t('investor.field.flags')}>
        <Checkbox.Group
          data-testid="investor-flags"
          options={INVESTOR_FLAGS.map((f) => ({ value: f, label: t.label('investorFlag', f) }))}
        />
      </Form.Item>
      <Divider titlePlacement="start" plain>
        {t('investor.field.contacts')}
      </Divider>
      <ContactsField />
      <Form.Item name="notes" label={t('investor.field.notes')} style={{ marginTop: 16 }}>
        <Input.TextArea rows={3} maxLength={LIMITS.note} showCount />
      </Form.Item>
    </>
  );
}
