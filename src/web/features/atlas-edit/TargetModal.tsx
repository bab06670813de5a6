import { AutoComplete, Checkbox, Form, Input, Modal, Radio, Select } from 'antd';
import { useEffect } from 'react';
import { LIMITS } from '../../../domain/limits';
import { useT } from '../../i18n/useT';
import { useCurrentUser } from '../auth/queries';
import { InvestorSelect } from '../investors/InvestorSelect';
import { PROVINCES } from '../investors/types';
import { useRegionOptions } from '../org/queries';
import { useAddTarget } from './queries';
import type { ChainDetail, ChainNode } from './types';
import { useAtlasErrors } from './useAtlasErrors';

const FLAGS = ['fortune500', 'china500', 'listed', 'top100'] as const;
type Flag = (typeof FLAGS)[number];

type Values = {
  source: 'registry' | 'name';
  investorId: string | null;
  name: string;
  flags: Flag[];
  originProvince?: string;
  regionId?: string | null;
  note?: string;
};

type Props = {
  chain: ChainDetail;
  node: ChainNode;
  open: boolean;
  onClose: () => void;
  onReload: () => void;
};

/**
 * Adds a target enterprise (目标企业) to a node: picked from the registry (its facts copied) or typed
 * by name; flags, origin province, and the county that courts it (a county officer's own, fixed).
 */
export function TargetModal({ chain, node, open, onClose, onReload }: Props) {
  const t = useT();
  const me = useCurrentUser();
  const county = me.role === 'county_officer';
  const { regions } = useRegionOptions();
  const [form] = Form.useForm<Values>();
  const source = Form.useWatch('source', form);
  const add = useAddTarget(chain.id, node.id);
  const handleError = useAtlasErrors(onReload);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue({
      source: 'registry',
      investorId: null,
      name: '',
      flags: [],
      regionId: county ? me.regionId : null,
    });
  }, [open, form, county, me.regionId]);

  const submit = (v: Values) =>
    add.mutate(
      {
        investorId: v.source === 'registry' ? v.investorId : null,
        name: v.name.trim(),
        fortune500: v.flags.includes('fortune500'),
        china500: v.flags.includes('china500'),
        listed: v.flags.includes('listed'),
        top100: v.flags.includes('top100'),
        originProvince: v.originProvince?.trim() || null,
        regionId: county ? me.regionId : (v.regionId ?? null),
        note: v.note?.trim() || null,
      },
      { onSuccess: onClose, onError: (error) => handleError(error, form) },
    );

  return (
    <Modal
      title={t('ae.target.addTitle', { node: node.name })}
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ ...({ 'data-testid': 'ae-target-submit' } as object) }}
      confirmLoading={add.isPending}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" onFinish={submit} data-testid="ae-target-form">
        <Form.Item name="source">
          <Radio.Group optionType="button">
            <Radio.Button value="registry">{t('ae.target.fromRegistry')}</Radio.Button>
            <Radio.Button value="name">{t('ae.target.byName')}</Radio.Button>
          </Radio.Group>
        </Form.Item>
        {source === 'registry' && (
          <Form.Item
            name="investorId"
            label={t('ae.target.investor')}
            rules={[
              { required: true, message: t('common.selectRequired', { field: t('ae.target.investor') }) },
            ]}
          >
            <InvestorSelect
              data-testid="ae-target-investor"
              onPick={(inv) => {
                if (!inv) return;
                form.setFieldsValue({
                  name: inv.name,
                  originProvince: inv.originProvince ?? undefined,
                  flags: FLAGS.filter((f) => f !== 'top100' && inv[f]),
                });
              }}
            />
          </Form.Item>
        )}
        <Form.Item
          name="name"
          label={t('ae.target.name')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('common.required', { field: t('ae.target.name') }),
            },
          ]}
        >
          <Input maxLength={LIMITS.name} disabled={source === 'registry'} data-testid="ae-target-name" />
        </Form.Item>
        <Form.Item name="flags" label={t('ae.target.flags')}>
          <Checkbox.Group options={FLAGS.map((f) => ({ value: f, label: t(`ae.flag.${f}`) }))} />
        </Form.Item>
        <Form.Item name="originProvince" label={t('ae.target.province')}>
          <AutoComplete
            options={PROVINCES.map((p) => ({ value: p }))}
            showSearch={{ filterOption: (input, option) => (option?.value ?? '').includes(input) }}
            allowClear
          />
        </Form.Item>
        <Form.Item
          name="regionId"
          label={t('ae.target.county')}
          extra={county ? t('ae.target.countyFixed') : t('ae.target.countyHint')}
        >
          <Select
            allowClear={!county}
            disabled={county}
            options={regions.map((r) => ({ value: r.id, label: r.name }))}
            showSearch={{ optionFilterProp: 'label' }}
            data-testid="ae-target-county"
          />
        </Form.Item>
        <Form.Item name="note" label={t('ae.target.note')}>
          <Input.TextArea rows={2} maxLength={LIMITS.note} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
