import { Col, Form, InputNumber, Row, Switch } from 'antd';
import { useT } from '../../i18n/useT';
import { SettingCard } from './SettingCard';
import type { Setting } from './types';

type Need = (label: string) => { required: boolean; message: string };

/** 月报 schedule: due by day N of the next month, locked after day M (M ≥ N). */
export function ReportScheduleCard({ setting, need }: { setting: Setting<'reports.schedule'>; need: Need }) {
  const t = useT();
  return (
    <SettingCard
      setting={setting}
      title={t('settings.schedule.title')}
      description={t('settings.schedule.description')}
    >
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item
            name={['value', 'dueDay']}
            label={t('settings.schedule.dueDay')}
            rules={[
              need(t('settings.schedule.dueDay')),
              { type: 'integer', min: 1, max: 28, message: t('settings.schedule.dueRange') },
            ]}
            extra={t('settings.defaultIs', {
              value: t('settings.schedule.dayN', { day: setting.default.dueDay }),
            })}
          >
            <InputNumber
              min={1}
              max={28}
              precision={0}
              prefix={t('settings.schedule.nextMonth')}
              suffix={t('settings.day.suffix')}
              style={{ width: '100%' }}
              data-testid="setting-due-day"
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name={['value', 'closeDay']}
            label={t('settings.schedule.closeDay')}
            dependencies={[['value', 'dueDay']]}
            rules={[
              need(t('settings.schedule.closeDay')),
              { type: 'integer', min: 1, max: 31, message: t('settings.schedule.closeRange') },
              ({ getFieldValue }) => ({
                validator: (_, v: number | null) => {
                  const due = getFieldValue(['value', 'dueDay']) as number | null;
                  return v === null || due === null || v >= due
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('settings.schedule.closeBeforeDue')));
                },
              }),
            ]}
            extra={t('settings.schedule.closeHint', { day: setting.default.closeDay })}
          >
            <InputNumber
              min={1}
              max={31}
              precision={0}
              prefix={t('settings.schedule.nextMonth')}
              suffix={t('settings.day.suffix')}
              style={{ width: '100%' }}
              data-testid="setting-close-day"
            />
          </Form.Item>
        </Col>
      </Row>
    </SettingCard>
  );
}

/** Plausibility bounds of the funds in a monthly report (above them the filer must confirm). */
export function FundsSanityCard({ setting, need }: { setting: Setting<'reports.fundsSanity'>; need: Need }) {
  const t = useT();
  return (
    <SettingCard
      setting={setting}
      title={t('settings.funds.title')}
      description={t('settings.funds.description')}
    >
      <Form.Item
        name={['value', 'maxMonthlyYi']}
        label={t('settings.funds.maxMonthly')}
        rules={[
          need(t('settings.funds.maxMonthly')),
          { type: 'number', min: 0.01, max: 10000, message: t('settings.funds.range') },
        ]}
        extra={t('settings.defaultIs', { value: `${setting.default.maxMonthlyYi} ${t('unit.yi')}` })}
      >
        <InputNumber
          min={0.01}
          max={10000}
          step={1}
          precision={2}
          suffix={t('unit.yi')}
          style={{ width: 200 }}
          data-testid="setting-max-monthly"
        />
      </Form.Item>
      <div className="tj-rule-list">
        <div className="tj-rule">
          <div>
            <div className="tj-rule-name">{t('settings.funds.beyondContracted')}</div>
            <div className="tj-muted">{t('settings.funds.beyondContractedHint')}</div>
          </div>
          <Form.Item name={['value', 'beyondContracted']} valuePropName="checked" noStyle>
            <Switch data-testid="setting-beyond-contracted" />
          </Form.Item>
        </div>
      </div>
    </SettingCard>
  );
}
