import { Form, Input, Modal, Switch } from 'antd';
import { useEffect } from 'react';
import { LIMITS } from '../../../domain/limits';
import { useT } from '../../i18n/useT';
import { InvestorSelect } from '../investors/InvestorSelect';
import { chainApi, useChainWrite } from './queries';
import type { ChainDetail, ChainNode, FirmView } from './types';
import { useAtlasErrors } from './useAtlasErrors';
import { isYiText, yiToYuan, yuanToYi } from './yi';

type Values = {
  investorId: string | null;
  aboveScale: boolean;
  chainLeader: boolean;
  /** Annual output typed in 亿元; stored as exact 元. */
  outputYi?: string;
  products?: string;
};

type Props = {
  chain: ChainDetail;
  node: ChainNode;
  /** The firm edited; none adds one from the investor registry. */
  firm?: FirmView;
  open: boolean;
  onClose: () => void;
  onReload: () => void;
};

const FIELD_MAP = { outputYuan: ['outputYi'], investorId: ['investorId'] };

/** Puts a local enterprise of the registry on a node: 规上, 链主, annual output (亿元 → exact 元), products. */
export function FirmModal({ chain, node, firm, open, onClose, onReload }: Props) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const handleError = useAtlasErrors(onReload);
  const save = useChainWrite((v: Values) =>
    chainApi.putFirm(chain.id, node.id, firm?.investorId ?? v.investorId ?? '', {
      aboveScale: v.aboveScale,
      chainLeader: v.chainLeader,
      outputYuan: v.outputYi?.trim() ? yiToYuan(v.outputYi) : null,
      products: v.products?.trim() || null,
    }),
  );
  const investorId = Form.useWatch('investorId', form);
  const outputYi = Form.useWatch('outputYi', form) ?? '';
  const exact = outputYi.trim() ? yiToYuan(outputYi) : null;
  const already = !firm && node.firms.some((f) => f.investorId === investorId);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(
      firm
        ? {
            investorId: firm.investorId,
            aboveScale: firm.aboveScale,
            chainLeader: firm.chainLeader,
            outputYi: firm.outputYuan ? yuanToYi(firm.outputYuan) : '',
            products: firm.products ?? '',
          }
        : { investorId: null, aboveScale: false, chainLeader: false, outputYi: '', products: '' },
    );
  }, [open, firm, form]);

  return (
    <Modal
      title={firm ? t('ae.firm.editTitle', { name: firm.name }) : t('ae.firm.addTitle', { node: node.name })}
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ ...({ 'data-testid': 'ae-firm-submit' } as object) }}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        data-testid="ae-firm-form"
        onFinish={(v) =>
          save.mutate(v, { onSuccess: onClose, onError: (error) => handleError(error, form, FIELD_MAP) })
        }
      >
        {firm ? (
          <Form.Item label={t('ae.firm.investor')}>
            <Input value={firm.name} disabled />
          </Form.Item>
        ) : (
          <Form.Item
            name="investorId"
            label={t('ae.firm.investor')}
            extra={already ? t('ae.firm.already') : t('ae.firm.investorHint')}
            rules={[
              { required: true, message: t('common.selectRequired', { field: t('ae.firm.investor') }) },
            ]}
          >
            <InvestorSelect data-testid="ae-firm-investor" />
          </Form.Item>
        )}
        <div className="ae-switches">
          <Form.Item name="aboveScale" label={t('ae.firm.aboveScale')} valuePropName="checked">
            <Switch data-testid="ae-firm-above-scale" />
          </Form.Item>
          <Form.Item name="chainLeader" label={t('ae.firm.chainLeader')} valuePropName="checked">
            <Switch data-testid="ae-firm-leader" />
          </Form.Item>
        </div>
        <Form.Item
          name="outputYi"
          label={t('ae.firm.output')}
          extra={exact ? t('ae.firm.outputExact', { yuan: exact }) : t('ae.firm.outputHint')}
          rules={[
            {
              validator: (_, value?: string) =>
                isYiText(value ?? '')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('ae.firm.outputInvalid'))),
            },
          ]}
        >
          <Input inputMode="decimal" suffix={t('unit.yi')} data-testid="ae-firm-output" />
        </Form.Item>
        <Form.Item name="products" label={t('ae.firm.products')}>
          <Input maxLength={LIMITS.shortText} placeholder={t('ae.firm.productsPlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
