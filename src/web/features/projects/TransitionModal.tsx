import { Alert, App, DatePicker, Form, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { LIMITS } from '../../../domain/limits';
import { yuanToWan } from '../../../domain/money/money';
import { useT } from '../../i18n/useT';
import { DATE_FORMAT, formatBytes } from '../../lib/format';
import { type EvidenceUploadFile, EvidenceUpload } from './EvidenceUpload';
import { FUND_SPLIT_FIELD_MAP } from './FundSplitFields';
import { lastTransitionOn, parseSkip, skippedStages } from './lifecycle';
import { useTransitionProject } from './queries';
import { type SigningValues, SigningFields, toSigning } from './SigningFields';
import type { AllowedTransition, Project } from './types';
import { useWriteErrorHandler } from './useConflictDialog';

type Values = SigningValues & {
  date: Dayjs;
  note?: string;
  reason?: string;
  evidence?: EvidenceUploadFile[];
};

type Props = {
  project: Project;
  transition: AllowedTransition | null;
  onClose: () => void;
  onReload: () => void;
};

const FIELD_MAP = {
  'signing.contractedInvestment': ['contractedInvestmentWan'],
  'signing.contractFileId': ['contractFile'],
  ...FUND_SPLIT_FIELD_MAP,
  evidenceFileIds: ['evidence'],
};

/** Records one transition: date, note, and what the rule requires (reason, evidence, signing). */
export function TransitionModal({ project, transition, onClose, onReload }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const mutation = useTransitionProject(project.id);
  const handleError = useWriteErrorHandler(() => {
    onClose();
    onReload();
  });
  const requires = transition?.requires ?? [];
  const earliest = lastTransitionOn(project);

  useEffect(() => {
    if (!transition) return;
    form.resetFields();
    const day = (v: string | null) => (v ? dayjs(v) : null);
    form.setFieldsValue({
      date: dayjs(),
      evidence: [],
      contractFile: [],
      signingType: project.signingType ?? 'formal',
      contractedInvestmentWan: project.contractedInvestment ? yuanToWan(project.contractedInvestment) : '',
      registerBy: day(project.registerBy),
      startBy: day(project.startBy),
      produceBy: day(project.produceBy),
    });
  }, [transition, form]);

  if (!transition) return null;
  const skip = parseSkip(transition.skips);
  const skipped = skip?.stage ? [skip.stage] : skippedStages(project.stage, transition.to);

  const submit = (v: Values) => {
    const files = v.evidence ?? [];
    if ([...files, ...(v.contractFile ?? [])].some((f) => f.status !== 'done')) {
      void message.warning(t('transition.uploading'));
      return;
    }
    const date = v.date.format(DATE_FORMAT);
    mutation.mutate(
      {
        to: transition.to,
        date,
        note: v.note?.trim() || undefined,
        reason: v.reason?.trim() || undefined,
        evidenceFileIds: files.flatMap((f) => (f.response ? [f.response.id] : [])),
        version: project.version,
        signing: requires.includes('signing') ? toSigning(v) : undefined,
      },
      {
        onSuccess: () => {
          void message.success(t('transition.success', { stage: t.label('stage', transition.to) }));
          onClose();
        },
        onError: (error) => handleError(error, form, FIELD_MAP),
      },
    );
  };

  return (
    <Modal
      open
      title={t('transition.modalTitle', {
        from: t.label('stage', project.stage),
        to: t.label('stage', transition.to),
      })}
      okText={t('common.submit')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': 'transition-submit' } as Record<string, string>}
      confirmLoading={mutation.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={640}
      forceRender
    >
      {skipped.length > 0 && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('transition.skipNotice', { stage: skipped.map((s) => t.label('stage', s)).join('、') })}
          description={skip ? t.label('skipReason', skip.why) : undefined}
        />
      )}
      <Form<Values> data-testid="transition-form" form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="date"
          label={t('transition.date')}
          rules={[{ required: true, message: t('common.selectRequired', { field: t('transition.date') }) }]}
        >
          <DatePicker
            data-testid="transition-date"
            style={{ width: '100%' }}
            disabledDate={(d) =>
              d.isAfter(dayjs(), 'day') || (earliest !== null && d.isBefore(dayjs(earliest), 'day'))
            }
          />
        </Form.Item>
        {requires.includes('reason') && (
          <Form.Item
            name="reason"
            label={t('transition.reason')}
            rules={[
              {
                required: true,
                whitespace: true,
                message: t('common.required', { field: t('transition.reason') }),
              },
            ]}
          >
            <Input.TextArea
              data-testid="transition-reason"
              rows={3}
              maxLength={LIMITS.note}
              placeholder={t('transition.reasonPlaceholder')}
            />
          </Form.Item>
        )}
        {requires.includes('signing') && <SigningFields projectId={project.id} />}
        <Form.Item
          name="evidence"
          label={t('transition.evidence')}
          extra={t('transition.evidenceHint', {
            max: formatBytes(LIMITS.fileBytes),
            count: LIMITS.evidencePerTransition,
          })}
          rules={
            requires.includes('evidence')
              ? [
                  {
                    validator: (_, files?: EvidenceUploadFile[]) =>
                      files && files.length > 0
                        ? Promise.resolve()
                        : Promise.reject(new Error(t('transition.evidenceRequired'))),
                  },
                ]
              : []
          }
          required={requires.includes('evidence')}
        >
          <EvidenceUpload projectId={project.id} />
        </Form.Item>
        <Form.Item name="note" label={t('transition.note')}>
          <Input.TextArea
            data-testid="transition-note"
            rows={3}
            maxLength={LIMITS.note}
            placeholder={t('transition.notePlaceholder')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
