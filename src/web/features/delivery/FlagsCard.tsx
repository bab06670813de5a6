import { App, Button, Card, DatePicker, Form, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useT } from '../../i18n/useT';
import { DATE_FORMAT, formatDate } from '../../lib/format';
import { useIsMobile } from '../../lib/useIsMobile';
import { useWriteErrorHandler } from '../projects/useConflictDialog';
import { useSetFlags } from './queries';

type Values = { statsEnteredOn: Dayjs | null; aboveScaleOn: Dayjs | null };
type Props = {
  projectId: string;
  version: number;
  signedOn: string | null;
  statsEnteredOn: string | null;
  aboveScaleOn: string | null;
  canWrite: boolean;
  onReload: () => void;
};

const FIELDS = [
  ['statsEnteredOn', 'flags.statsEnteredOn', 'flags.statsHint'],
  ['aboveScaleOn', 'flags.aboveScaleOn', 'flags.aboveScaleHint'],
] as const;

/** 入统 (fixed-asset statistics) and 入规 (above-scale enterprise) with their dates. */
export function FlagsCard({
  projectId,
  version,
  signedOn,
  statsEnteredOn,
  aboveScaleOn,
  canWrite,
  onReload,
}: Props) {
  const t = useT();
  const mobile = useIsMobile();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSetFlags(projectId);
  const handleError = useWriteErrorHandler(onReload);
  const day = (v: string | null) => (v ? dayjs(v) : null);

  useEffect(() => {
    form.setFieldsValue({ statsEnteredOn: day(statsEnteredOn), aboveScaleOn: day(aboveScaleOn) });
  }, [form, statsEnteredOn, aboveScaleOn]);

  const submit = (v: Values) => {
    const input = {
      statsEnteredOn: v.statsEnteredOn ? v.statsEnteredOn.format(DATE_FORMAT) : null,
      aboveScaleOn: v.aboveScaleOn ? v.aboveScaleOn.format(DATE_FORMAT) : null,
      version,
    };
    if (input.statsEnteredOn === statsEnteredOn && input.aboveScaleOn === aboveScaleOn) {
      void message.info(t('project.noChanges'));
      return;
    }
    save.mutate(input, {
      onSuccess: () => void message.success(t('flags.saved')),
      onError: (error) => handleError(error, form),
    });
  };

  const values = { statsEnteredOn, aboveScaleOn };
  return (
    <Card title={t('flags.title')} variant="borderless" data-testid="project-flags">
      {canWrite ? (
        <Form<Values>
          form={form}
          layout={mobile ? 'vertical' : 'inline'}
          onFinish={submit}
          className="tj-flags-form"
        >
          {FIELDS.map(([name, label, hint]) => (
            <Form.Item key={name} name={name} label={t(label)} tooltip={t(hint)}>
              <DatePicker
                allowClear
                inputReadOnly={mobile}
                style={{ width: mobile ? '100%' : 160 }}
                data-testid={`flags-${name}`}
                disabledDate={(d) =>
                  d.isAfter(dayjs(), 'day') || (signedOn !== null && d.isBefore(dayjs(signedOn), 'day'))
                }
              />
            </Form.Item>
          ))}
          <Form.Item>
            <Button htmlType="submit" loading={save.isPending} block={mobile} data-testid="flags-submit">
              {t('common.save')}
            </Button>
          </Form.Item>
        </Form>
      ) : (
        <div className="tj-flags-view">
          {FIELDS.map(([name, label]) => (
            <span key={name}>
              {t(label)}：
              {values[name] ? (
                <Tag color="green">{formatDate(values[name])}</Tag>
              ) : (
                <span className="tj-muted">{t('flags.notYet')}</span>
              )}
            </span>
          ))}
        </div>
      )}
    </Card>
  );
}
