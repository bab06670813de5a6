import { Alert, App, Drawer, Form, Input } from 'antd';
import { useEffect } from 'react';
import { LIMITS } from '../../../domain/limits';
import { yuanToWan } from '../../../domain/money/money';
import { useT } from '../../i18n/useT';
import { isApiError } from '../../lib/api';
import { FormDrawerFooter } from '../../lib/FormDrawerFooter';
import { formatBytes, formatDate } from '../../lib/format';
import { useIsMobile } from '../../lib/useIsMobile';
import {
  FUND_SPLIT_FIELD_MAP,
  type FundSplitValues,
  FundSplitFields,
  toFundSplit,
} from '../projects/FundSplitFields';
import { useWriteErrorHandler } from '../projects/useConflictDialog';
import { type PhotoFile, PhotoUpload, photoEntry } from './PhotoUpload';
import { useFileReport } from './queries';
import { isZero, type MonthAction } from './reportMath';
import type { MonthStatusView, ReportInput, ReportView } from './types';
import { useFundsConfirmation } from './useFundsConfirmation';

type Values = FundSplitValues & {
  workDone: string;
  problems?: string;
  photos?: PhotoFile[];
  correctionReason?: string;
};

export type ReportTarget = { month: MonthStatusView; action: MonthAction; report: ReportView | null };

type Props = { projectId: string; target: ReportTarget | null; onClose: () => void; onReload: () => void };

const FIELD_MAP = { ...FUND_SPLIT_FIELD_MAP, photoFileIds: ['photos'] };
const wan = (yuan: string) => (isZero(yuan) ? '' : yuanToWan(yuan));

/** 填报 / 修改 / 更正 a month's report — one column, big targets and the camera, for a phone on site. */
export function ReportDrawer({ projectId, target, onClose, onReload }: Props) {
  const t = useT();
  const mobile = useIsMobile();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useFileReport(projectId);
  const confirmFunds = useFundsConfirmation();
  const handleError = useWriteErrorHandler(() => {
    onClose();
    onReload();
  });

  useEffect(() => {
    if (!target) return;
    form.resetFields();
    const r = target.report;
    form.setFieldsValue(
      r
        ? {
            fundsOutOfProvinceWan: wan(r.fundsOutOfProvince),
            fundsInProvinceWan: wan(r.fundsInProvince),
            fundsLocalWan: wan(r.fundsLocal),
            fundsForeignUsdWan: wan(r.fundsForeignUsd),
            workDone: r.workDone,
            problems: r.problems ?? '',
            photos: r.photos.map((f) => photoEntry(projectId, f)),
          }
        : { photos: [] },
    );
  }, [target, form, projectId]);

  const month = target?.month.month ?? '';
  const send = (input: ReportInput) =>
    save.mutate(
      { month, ...input },
      {
        onSuccess: () => {
          void message.success(t('monthly.saved', { month }));
          onClose();
        },
        onError: (error) => {
          if (isApiError(error, 'FUNDS_NEED_CONFIRMATION')) {
            confirmFunds(error, () => send({ ...input, confirmLargeFunds: true }));
            return;
          }
          handleError(error, form, FIELD_MAP);
        },
      },
    );

  const submit = (v: Values) => {
    const photos = v.photos ?? [];
    if (photos.some((f) => f.status !== 'done')) {
      void message.warning(t('transition.uploading'));
      return;
    }
    const funds = toFundSplit(v);
    send({
      fundsOutOfProvince: funds.fundsOutOfProvince ?? '0',
      fundsInProvince: funds.fundsInProvince ?? '0',
      fundsLocal: funds.fundsLocal ?? '0',
      fundsForeignUsd: funds.fundsForeignUsd ?? '0',
      workDone: v.workDone.trim(),
      problems: v.problems?.trim() || null,
      photoFileIds: photos.flatMap((f) => (f.response ? [f.response.id] : [])),
      confirmLargeFunds: false,
      correctionReason: target?.action === 'correct' ? (v.correctionReason?.trim() ?? null) : undefined,
      version: target?.report?.version,
    });
  };

  const action = target?.action ?? 'file';
  return (
    <Drawer
      title={t(`monthly.drawer.${action}`, { month })}
      open={target !== null}
      onClose={onClose}
      placement={mobile ? 'bottom' : 'right'}
      size={mobile ? '92%' : 560}
      forceRender
      footer={
        <FormDrawerFooter
          onCancel={onClose}
          onSubmit={() => form.submit()}
          loading={save.isPending}
          submitTestId="report-submit"
          size={mobile ? 'large' : 'middle'}
        />
      }
    >
      {target?.action === 'correct' && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('monthly.lockedAlert', { date: formatDate(target.month.closesOn) })}
        />
      )}
      {target?.month.status === 'late' && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('monthly.lateAlert', {
            due: formatDate(target.month.dueOn),
            closes: formatDate(target.month.closesOn),
          })}
        />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        data-testid="report-form"
        scrollToFirstError
      >
        {target?.action === 'correct' && (
          <Form.Item
            name="correctionReason"
            label={t('monthly.correctionReason')}
            rules={[
              {
                required: true,
                whitespace: true,
                message: t('common.required', { field: t('monthly.correctionReason') }),
              },
            ]}
          >
            <Input.TextArea
              rows={2}
              maxLength={LIMITS.note}
              placeholder={t('monthly.correctionPlaceholder')}
              data-testid="report-correction-reason"
            />
          </Form.Item>
        )}
        <div className="tj-form-section">{t('monthly.fundsSection')}</div>
        <p className="tj-muted" style={{ marginTop: 0 }}>
          {t('monthly.fundsHint')}
        </p>
        <FundSplitFields />
        <Form.Item
          name="workDone"
          label={t('monthly.workDone')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('common.required', { field: t('monthly.workDone') }),
            },
          ]}
        >
          <Input.TextArea
            rows={4}
            maxLength={LIMITS.description}
            showCount
            placeholder={t('monthly.workDonePlaceholder')}
            data-testid="report-work-done"
          />
        </Form.Item>
        <Form.Item name="problems" label={t('monthly.problems')}>
          <Input.TextArea
            rows={2}
            maxLength={LIMITS.description}
            placeholder={t('monthly.problemsPlaceholder')}
            data-testid="report-problems"
          />
        </Form.Item>
        <Form.Item
          name="photos"
          label={t('monthly.photos')}
          extra={t('monthly.photosHint', {
            max: formatBytes(LIMITS.fileBytes),
            count: LIMITS.evidencePerTransition,
          })}
        >
          <PhotoUpload projectId={projectId} testId="report-photos" />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
