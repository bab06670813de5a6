import { Alert, App, Button, Checkbox, Col, DatePicker, Form, Input, Modal, Row, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useT } from '../../i18n/useT';
import { applyFieldErrors, errorMessage } from '../../lib/errors';
import { DATE_FORMAT } from '../../lib/format';
import { OutcomeTag } from '../evaluation/RankBits';
import { MoneyInput } from '../projects/ProjectFormFields';
import { useAwardsFromResult } from './queries';
import type { YearEndOverview } from './types';
import {
  DEFAULT_PENALTY_TITLE,
  DEFAULT_REWARD_TITLE,
  FROM_RESULT_FIELDS,
  fromResultOutcome,
  fromResultRequest,
  isWanText,
  type FromResultValues,
} from './yearEnd';
import { RankBadge } from '../../lib/RankBadge';

type Values = Omit<FromResultValues, 'decidedOn'> & { decidedOn: Dayjs | null };
type Outcome = ReturnType<typeof fromResultOutcome>;

/**
 * 按考评结果登记奖惩: the units the annual outcomes name (红榜 → reward, 表态发言 → penalty), one
 * decision for each kind (title, amount in 万元), the 文号 and date; then what was recorded and skipped.
 */
export function FromResultModal({ overview, onClose }: { overview: YearEndOverview; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const run = useAwardsFromResult();
  const [done, setDone] = useState<Outcome | null>(null);
  const rewards = overview.proposals.some((p) => p.kind === 'reward');
  const penalties = overview.proposals.some((p) => p.kind === 'penalty');
  const reward = Form.useWatch('reward', form) ?? rewards;
  const penalty = Form.useWatch('penalty', form) ?? penalties;
  const resultId = overview.annual?.resultId ?? '';
  const moneyRule = {
    validator: (_: unknown, v?: string) =>
      isWanText(v) ? Promise.resolve() : Promise.reject(new Error(t('project.moneyInvalid'))),
  };
  const titleRule = (on: boolean) => ({
    required: on,
    whitespace: true,
    message: t('ey.form.titleRequired'),
  });

  const submit = async () => {
    const v = await form.validateFields();
    if (!v.reward && !v.penalty) {
      form.setFields([{ name: 'reward', errors: [t('ey.from.pickOne')] }]);
      return;
    }
    const body = fromResultRequest(resultId, {
      ...v,
      decidedOn: (v.decidedOn ?? dayjs()).format(DATE_FORMAT),
    });
    run.mutate(body, {
      onSuccess: (answer) => {
        const outcome = fromResultOutcome(answer, overview.units);
        setDone(outcome);
        void message.success(
          t('ey.from.done', { created: outcome.created.length, skipped: outcome.skipped.length }),
        );
      },
      onError: (error) => {
        if (!applyFieldErrors(t, form, error, FROM_RESULT_FIELDS)) void message.error(errorMessage(t, error));
      },
    });
  };

  return (
    <Modal
      open
      width={680}
      title={t('ey.from.title', { year: overview.year })}
      onCancel={onClose}
      destroyOnHidden
      footer={
        done ? (
          <Button type="primary" onClick={onClose} data-testid="ey-from-close">
            {t('common.close')}
          </Button>
        ) : (
          <>
            <Button onClick={onClose}>{t('common.cancel')}</Button>
            <Button
              type="primary"
              loading={run.isPending}
              onClick={() => void submit()}
              data-testid="ey-from-submit"
            >
              {t('ey.from.submit')}
            </Button>
          </>
        )
      }
      data-testid="ey-from"
    >
      {done ? (
        <div data-testid="ey-from-result">
          <Alert
            type="success"
            showIcon
            title={t('ey.from.created', { n: done.created.length })}
            description={
              done.created.map((c) => `${c.unitName}（${t(`ey.kind.${c.kind}`)}）`).join('、') || undefined
            }
          />
          {done.skipped.length > 0 && (
            <Alert
              type="info"
              showIcon
              style={{ marginTop: 12 }}
              title={t('ey.from.skipped', { n: done.skipped.length })}
              description={done.skipped.map((c) => `${c.unitName}（${t(`ey.kind.${c.kind}`)}）`).join('、')}
            />
          )}
        </div>
      ) : (
        <>
          <p className="tj-muted">{t('ey.from.intro', { method: overview.annual?.methodName ?? '' })}</p>
          <ul className="ey-proposals" data-testid="ey-proposals">
            {overview.proposals.map((p) => (
              <li key={`${p.unitId}-${p.kind}`}>
                <RankBadge rank={p.rank} />
                <strong>{p.unitName}</strong>
                <OutcomeTag outcome={p.outcome} />
                <Tag color={p.kind === 'reward' ? 'success' : 'error'} variant="outlined">
                  {t(`ey.from.proposed.${p.kind}`)}
                </Tag>
              </li>
            ))}
          </ul>
          <Form<Values>
            form={form}
            layout="vertical"
            initialValues={{
              reward: rewards,
              rewardTitle: DEFAULT_REWARD_TITLE,
              rewardWan: '',
              penalty: penalties,
              penaltyTitle: DEFAULT_PENALTY_TITLE,
              penaltyWan: '',
              documentNo: '',
              decidedOn: dayjs(),
            }}
          >
            <Form.Item name="reward" valuePropName="checked" className="ey-kind-switch">
              <Checkbox disabled={!rewards} data-testid="ey-from-reward">
                {t('ey.from.rewardOn')}
              </Checkbox>
            </Form.Item>
            <Row gutter={12}>
              <Col xs={24} sm={14}>
                <Form.Item name="rewardTitle" label={t('ey.form.rewardTitle')} rules={[titleRule(reward)]}>
                  <Input maxLength={60} disabled={!reward} data-testid="ey-from-reward-title" />
                </Form.Item>
              </Col>
              <Col xs={24} sm={10}>
                <Form.Item
                  name="rewardWan"
                  label={t('ey.form.rewardAmount')}
                  rules={[moneyRule]}
                  extra={t('ey.form.amountHint')}
                >
                  <MoneyInput data-testid="ey-from-reward-amount" />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item name="penalty" valuePropName="checked" className="ey-kind-switch">
              <Checkbox disabled={!penalties} data-testid="ey-from-penalty">
                {t('ey.from.penaltyOn')}
              </Checkbox>
            </Form.Item>
            <Row gutter={12}>
              <Col xs={24} sm={14}>
                <Form.Item name="penaltyTitle" label={t('ey.form.penaltyTitle')} rules={[titleRule(penalty)]}>
                  <Input maxLength={60} disabled={!penalty} data-testid="ey-from-penalty-title" />
                </Form.Item>
              </Col>
              <Col xs={24} sm={10}>
                <Form.Item
                  name="penaltyWan"
                  label={t('ey.form.penaltyAmount')}
                  rules={[moneyRule]}
                  extra={t('ey.form.amountHint')}
                >
                  <MoneyInput data-testid="ey-from-penalty-amount" />
                </Form.Item>
              </Col>
            </Row>
            <Row gutter={12}>
              <Col xs={24} sm={14}>
                <Form.Item name="documentNo" label={t('ey.form.documentNo')}>
                  <Input
                    maxLength={60}
                    placeholder={t('ey.form.documentNoPlaceholder')}
                    data-testid="ey-from-document"
                  />
                </Form.Item>
              </Col>
              <Col xs={24} sm={10}>
                <Form.Item
                  name="decidedOn"
                  label={t('ey.form.decidedOn')}
                  rules={[{ required: true, message: t('ey.form.decidedOnRequired') }]}
                >
                  <DatePicker style={{ width: '100%' }} data-testid="ey-from-date" />
                </Form.Item>
              </Col>
            </Row>
          </Form>
        </>
      )}
    </Modal>
  );
}
