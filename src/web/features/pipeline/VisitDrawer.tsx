import { App, DatePicker, Drawer, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { LIMITS } from '../../../domain/limits';
import { useT } from '../../i18n/useT';
import { FormDrawerFooter } from '../../lib/FormDrawerFooter';
import { applyFieldErrors, errorMessage } from '../../lib/errors';
import { DATE_FORMAT } from '../../lib/format';
import { useIsMobile } from '../../lib/useIsMobile';
import { useCurrentUser } from '../auth/queries';
import { type EvidenceUploadFile, EvidenceUpload } from '../projects/EvidenceUpload';
import { useAddVisit } from './queries';

type Values = {
  visitedOn: Dayjs;
  visitors: string;
  peopleMet?: string;
  place: string;
  outcome: string;
  nextStep?: string;
  photos?: EvidenceUploadFile[];
};

const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
const FIELD_MAP = { photoFileIds: ['photos'] };

/** Logs a visit (走访/敲门) — built for a phone: one column, big targets, the camera for photos. */
export function VisitDrawer({
  projectId,
  open,
  onClose,
}: {
  projectId: string;
  open: boolean;
  onClose: () => void;
}) {
  const t = useT();
  const me = useCurrentUser();
  const mobile = useIsMobile();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const add = useAddVisit(projectId);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue({ visitedOn: dayjs(), visitors: me.displayName, photos: [] });
  }, [open, form, me.displayName]);

  const required = (label: Parameters<typeof t>[0]) => ({
    required: true,
    whitespace: true,
    message: t('common.required', { field: t(label) }),
  });
  const text = (v: string | undefined) => (v && v.trim() ? v.trim() : null);

  const submit = (v: Values) => {
    const photos = v.photos ?? [];
    if (photos.some((f) => f.status !== 'done')) {
      void message.warning(t('transition.uploading'));
      return;
    }
    add.mutate(
      {
        visitedOn: v.visitedOn.format(DATE_FORMAT),
        visitors: v.visitors.trim(),
        peopleMet: text(v.peopleMet),
        place: v.place.trim(),
        outcome: v.outcome.trim(),
        nextStep: text(v.nextStep),
        photoFileIds: photos.flatMap((f) => (f.response ? [f.response.id] : [])),
      },
      {
        onSuccess: () => {
          void message.success(t('visit.saved'));
          onClose();
        },
        onError: (error) => {
          applyFieldErrors(t, form, error, FIELD_MAP);
          void message.error(errorMessage(t, error));
        },
      },
    );
  };

  return (
    <Drawer
      title={t('visit.new')}
      open={open}
      onClose={onClose}
      placement={mobile ? 'bottom' : 'right'}
      size={mobile ? '92%' : 520}
      forceRender
      footer={
        <FormDrawerFooter
          onCancel={onClose}
          onSubmit={() => form.submit()}
          loading={add.isPending}
          submitTestId="visit-submit"
          size={mobile ? 'large' : 'middle'}
        />
      }
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        data-testid="visit-form"
        scrollToFirstError
      >
        <Form.Item name="visitedOn" label={t('visit.field.visitedOn')} rules={[{ required: true }]}>
          <DatePicker
            style={{ width: '100%' }}
            inputReadOnly={mobile}
            data-testid="visit-date"
            disabledDate={(d) => d.isAfter(dayjs(), 'day')}
          />
        </Form.Item>
        <Form.Item
          name="visitors"
          label={t('visit.field.visitors')}
          rules={[required('visit.field.visitors')]}
        >
          <Input
            maxLength={LIMITS.name}
            data-testid="visit-visitors"
            placeholder={t('visit.visitorsPlaceholder')}
          />
        </Form.Item>
        <Form.Item name="peopleMet" label={t('visit.field.peopleMet')}>
          <Input
            maxLength={LIMITS.name}
            data-testid="visit-people-met"
            placeholder={t('visit.peopleMetPlaceholder')}
          />
        </Form.Item>
        <Form.Item name="place" label={t('visit.field.place')} rules={[required('visit.field.place')]}>
          <Input
            maxLength={LIMITS.name}
            data-testid="visit-place"
            placeholder={t('visit.placePlaceholder')}
          />
        </Form.Item>
        <Form.Item name="outcome" label={t('visit.field.outcome')} rules={[required('visit.field.outcome')]}>
          <Input.TextArea rows={4} maxLength={LIMITS.note} showCount data-testid="visit-outcome" />
        </Form.Item>
        <Form.Item name="nextStep" label={t('visit.field.nextStep')}>
          <Input.TextArea rows={2} maxLength={LIMITS.note} data-testid="visit-next-step" />
        </Form.Item>
        <Form.Item name="photos" label={t('visit.field.photos')} extra={t('visit.photosHint')}>
          <EvidenceUpload projectId={projectId} accept={PHOTO_TYPES} photos testId="visit-photos" />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
