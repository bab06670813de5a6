import { App, Col, Form, Modal, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import type { SigningType } from '../../../domain/lifecycle/stages';
import { wanToYuan, yuanToWan } from '../../../domain/money/money';
import { useT } from '../../i18n/useT';
import { applyFieldErrors, errorMessage } from '../../lib/errors';
import { DATE_FORMAT } from '../../lib/format';
import { useIsMobile } from '../../lib/useIsMobile';
import { useRegionOptions } from '../org/queries';
import {
  FUND_SPLIT_FIELD_MAP,
  type FundSplitValues,
  FundSplitFields,
  toFundSplit,
} from '../projects/FundSplitFields';
import { DeadlineFields, SigningTypeAndAmount } from '../projects/SigningFields';
import { ProjectPicker } from './ProjectPicker';
import { usePutOnAgenda } from './queries';
import type { AgendaItem, EventDetail } from './types';

type Values = FundSplitValues & {
  projectId: string;
  signingType: SigningType;
  contractedInvestmentWan: string;
  registerBy?: Dayjs | null;
  startBy?: Dayjs | null;
  produceBy?: Dayjs | null;
  venueRegionId?: string | null;
};

const FIELD_MAP = { contractedInvestment: ['contractedInvestmentWan'], ...FUND_SPLIT_FIELD_MAP };
const wan = (v: string | null) => (v ? yuanToWan(v) : '');
const day = (v: string | null) => (v ? dayjs(v) : null);
const iso = (d: Dayjs | null | undefined) => (d ? d.format(DATE_FORMAT) : null);

type Props = {
  event: EventDetail;
  /** null: closed; 'new': add a project; an item: change its planned signing. */
  target: AgendaItem | 'new' | null;
  onClose: () => void;
};

/** Puts a project on the agenda with its planned signing (type, amounts, fund split, deadlines, venue). */
export function AgendaModal({ event, target, onClose }: Props) {
  const t = useT();
  const mobile = useIsMobile();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const put = usePutOnAgenda(event.id);
  const { regions } = useRegionOptions();
  const editing = target !== null && target !== 'new' ? target : null;

  useEffect(() => {
    if (target === null) return;
    form.resetFields();
    if (editing) {
      form.setFieldsValue({
        projectId: editing.projectId,
        signingType: editing.signingType,
        contractedInvestmentWan: wan(editing.contractedInvestment),
        fundsOutOfProvinceWan: wan(editing.fundsOutOfProvince),
        fundsInProvinceWan: wan(editing.fundsInProvince),
        fundsLocalWan: wan(editing.fundsLocal),
        fundsForeignUsdWan: wan(editing.fundsForeignUsd),
        registerBy: day(editing.registerBy),
        startBy: day(editing.startBy),
        produceBy: day(editing.produceBy),
        venueRegionId: editing.venueRegionId,
      });
    } else {
      form.setFieldsValue({ signingType: 'formal' });
    }
  }, [target, form]);

  const submit = (v: Values) =>
    put.mutate(
      {
        projectId: v.projectId,
        signingType: v.signingType,
        contractedInvestment: wanToYuan(v.contractedInvestmentWan) ?? '0',
        ...toFundSplit(v),
        registerBy: iso(v.registerBy),
        startBy: iso(v.startBy),
        produceBy: iso(v.produceBy),
        venueRegionId: v.venueRegionId ?? null,
      },
      {
        onSuccess: () => {
          void message.success(t(editing ? 'agenda.updated' : 'agenda.added'));
          onClose();
        },
        onError: (error) => {
          applyFieldErrors(t, form, error, FIELD_MAP);
          void message.error(errorMessage(t, error));
        },
      },
    );

  const onAgenda = event.agenda.filter((a) => a.status !== 'withdrawn').map((a) => a.projectId);
  return (
    <Modal
      open={target !== null}
      title={editing ? t('agenda.editTitle', { name: editing.name }) : t('agenda.addTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': 'agenda-submit' } as Record<string, string>}
      confirmLoading={put.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={mobile ? '100%' : 720}
      forceRender
    >
      <Form<Values> form={form} layout="vertical" onFinish={submit} data-testid="agenda-form">
        <Form.Item
          name="projectId"
          label={t('agenda.project')}
          rules={[{ required: true, message: t('common.selectRequired', { field: t('agenda.project') }) }]}
          extra={editing ? undefined : t('agenda.projectHint')}
          hidden={editing !== null}
        >
          <ProjectPicker
            exclude={onAgenda}
            onPick={(p) => {
              if (!p) return;
              form.setFieldsValue({
                contractedInvestmentWan: p.contractedInvestment ? yuanToWan(p.contractedInvestment) : '',
                venueRegionId: event.subVenues.some((s) => s.regionId === p.regionId) ? p.regionId : null,
              });
            }}
          />
        </Form.Item>
        <SigningTypeAndAmount />
        <FundSplitFields />
        <DeadlineFields />
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item name="venueRegionId" label={t('agenda.venue')} extra={t('agenda.venueHint')}>
              <Select
                allowClear
                placeholder={t('agenda.mainVenue')}
                options={event.subVenues.map((s) => ({
                  value: s.regionId,
                  label: `${regions.find((r) => r.id === s.regionId)?.name ?? s.regionId} · ${s.venue}`,
                }))}
              />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
