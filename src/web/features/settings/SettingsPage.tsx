import { Alert, Col, Form, InputNumber, Row, Spin, Switch } from 'antd';
import { COUNTING_RULES } from '../../../domain/duplicates/counting';
import type { BatchThresholds } from '../../../domain/signing/batches';
import { useT } from '../../i18n/useT';
import { errorMessage } from '../../lib/errors';
import { useSettings } from './queries';
import { PublicUrlCard } from './PublicUrlCard';
import { RateDefinitionsCard } from './RateDefinitionsCard';
import { FundsSanityCard, ReportScheduleCard } from './ReportSettingsCards';
import { SettingCard } from './SettingCard';
import type { Setting, SettingKey } from './types';
import './settings.css';

const THRESHOLD_KEYS: (keyof BatchThresholds)[] = [
  'manufacturing',
  'manufacturingPromotedOrEmerging',
  'infrastructure',
  'services',
  'social',
  'agriculture',
];

const find = <K extends SettingKey>(items: Setting[], key: K) =>
  items.find((s) => s.key === key) as Setting<K> | undefined;

/**
 * /settings (city admin): signing day, 三个一批 thresholds, duplicate thresholds, counting rules,
 * the monthly-report schedule and funds bounds, the definitions of the delivery rates, whether
 * ranked units see their own line of a draft ranking.
 */
export function SettingsPage() {
  const t = useT();
  const settings = useSettings();
  if (settings.isPending) return <Spin style={{ display: 'block', margin: '80px auto' }} />;
  if (settings.error) return <Alert type="error" showIcon title={errorMessage(t, settings.error)} />;
  const items = settings.data;
  const day = find(items, 'signing.dayOfMonth');
  const batches = find(items, 'batches.thresholds');
  const dups = find(items, 'duplicates.thresholds');
  const rules = find(items, 'counting.rules');
  const schedule = find(items, 'reports.schedule');
  const fundsSanity = find(items, 'reports.fundsSanity');
  const rateDefs = find(items, 'rates.definitions');
  const draftOwnLine = find(items, 'evaluation.draftOwnLine');
  const need = (label: string) => ({ required: true, message: t('common.required', { field: label }) });

  return (
    <>
      <div className="tj-page-head">
        <div>
          <h1 className="tj-page-title">{t('settings.title')}</h1>
          <div className="tj-page-subtitle">{t('settings.subtitle')}</div>
        </div>
      </div>
      <div className="tj-settings">
        {day && (
          <SettingCard
            setting={day}
            title={t('settings.day.title')}
            description={t('settings.day.description')}
          >
            <Form.Item
              name="value"
              label={t('settings.day.label')}
              rules={[
                need(t('settings.day.label')),
                { type: 'integer', min: 1, max: 31, message: t('settings.day.range') },
              ]}
              extra={t('settings.day.hint', { day: day.default })}
            >
              <InputNumber
                min={1}
                max={31}
                precision={0}
                suffix={t('settings.day.suffix')}
                style={{ width: 140 }}
                data-testid="setting-day"
              />
            </Form.Item>
          </SettingCard>
        )}
        {batches && (
          <SettingCard
            setting={batches}
            title={t('settings.batches.title')}
            description={t('settings.batches.description')}
          >
            <Row gutter={16}>
              {THRESHOLD_KEYS.map((k) => (
                <Col xs={24} sm={12} key={k}>
                  <Form.Item
                    name={['value', k]}
                    label={t.label('batchRule', k)}
                    rules={[
                      need(t.label('batchRule', k)),
                      { type: 'number', min: 0, max: 100000, message: t('settings.batches.range') },
                    ]}
                    extra={t('settings.defaultIs', { value: `${batches.default[k]} ${t('unit.yi')}` })}
                  >
                    <InputNumber
                      min={0}
                      max={100000}
                      step={0.5}
                      precision={2}
                      suffix={t('unit.yi')}
                      style={{ width: '100%' }}
                      data-testid={`setting-batch-${k}`}
                    />
                  </Form.Item>
                </Col>
              ))}
            </Row>
          </SettingCard>
        )}
        {dups && (
          <SettingCard
            setting={dups}
            title={t('settings.dups.title')}
            description={t('settings.dups.description')}
          >
            <Row gutter={16}>
              <Col xs={24} sm={12}>
                <Form.Item
                  name={['value', 'minNameSimilarity']}
                  label={t('settings.dups.minNameSimilarity')}
                  rules={[
                    need(t('settings.dups.minNameSimilarity')),
                    { type: 'number', min: 0, max: 1, message: t('settings.dups.similarityRange') },
                  ]}
                  extra={t('settings.dups.similarityHint', { value: dups.default.minNameSimilarity })}
                >
                  <InputNumber
                    min={0}
                    max={1}
                    step={0.05}
                    precision={2}
                    style={{ width: '100%' }}
                    data-testid="setting-dup-similarity"
                  />
                </Form.Item>
              </Col>
              <Col xs={24} sm={12}>
                <Form.Item
                  name={['value', 'minScore']}
                  label={t('settings.dups.minScore')}
                  rules={[
                    need(t('settings.dups.minScore')),
                    { type: 'integer', min: 0, max: 100, message: t('settings.dups.scoreRange') },
                  ]}
                  extra={t('settings.dups.scoreHint', { value: dups.default.minScore })}
                >
                  <InputNumber
                    min={0}
                    max={100}
                    precision={0}
                    style={{ width: '100%' }}
                    data-testid="setting-dup-score"
                  />
                </Form.Item>
              </Col>
            </Row>
          </SettingCard>
        )}
        {rules && (
          <SettingCard
            setting={rules}
            title={t('settings.rules.title')}
            description={t('settings.rules.description')}
          >
            <div className="tj-rule-list">
              {COUNTING_RULES.map((r) => (
                <div key={r} className="tj-rule">
                  <div>
                    <div className="tj-rule-name">{t.label('countingRule', r)}</div>
                    <div className="tj-muted">{t.dynamic(`countingRuleHint.${r}`, '')}</div>
                  </div>
                  <Form.Item name={['value', r]} valuePropName="checked" noStyle>
                    <Switch data-testid={`setting-rule-${r}`} />
                  </Form.Item>
                </div>
              ))}
            </div>
          </SettingCard>
        )}
        {schedule && <ReportScheduleCard setting={schedule} need={need} />}
        {fundsSanity && <FundsSanityCard setting={fundsSanity} need={need} />}
        {rateDefs && <RateDefinitionsCard setting={rateDefs} />}
        {draftOwnLine && (
          <SettingCard
            setting={draftOwnLine}
            title={t('settings.draftOwnLine.title')}
            description={t('settings.draftOwnLine.description')}
          >
            <Form.Item name="value" valuePropName="checked" label={t('settings.draftOwnLine.label')}>
              <Switch data-testid="setting-draft-own-line" />
            </Form.Item>
          </SettingCard>
        )}
        <PublicUrlCard />
      </div>
    </>
  );
}
