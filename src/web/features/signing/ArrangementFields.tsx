import { AutoComplete, Button, Col, Divider, Form, Input, Row, Select } from 'antd';
import type { ReactNode } from 'react';
import { LIMITS } from '../../../domain/limits';
import type { MessageKey } from '../../i18n/zh-CN';
import { useT } from '../../i18n/useT';
import { PlusIcon } from '../../lib/icons';
import { useRegionOptions } from '../org/queries';

type ListProps = {
  name: 'subVenues' | 'reports' | 'pledgeSpeakers';
  title: MessageKey;
  addLabel: MessageKey;
  empty: Record<string, string>;
  render: (field: number) => ReactNode;
};

/** One repeatable group (sub-venues, reports, pledge speakers) with add and remove. */
function RepeatList({ name, title, addLabel, empty, render }: ListProps) {
  const t = useT();
  return (
    <>
      <Divider titlePlacement="start" plain>
        {t(title)}
      </Divider>
      <Form.List name={name}>
        {(fields, { add, remove }) => (
          <div className="tj-repeat" data-testid={`arrangement-${name}`}>
            {fields.map((field) => (
              <div key={field.key} className="tj-repeat-row">
                <div className="tj-repeat-fields">{render(field.name)}</div>
                <Button type="text" danger onClick={() => remove(field.name)} aria-label={t('common.remove')}>
                  {t('common.remove')}
                </Button>
              </div>
            ))}
            {fields.length < 30 && (
              <Button type="dashed" block icon={<PlusIcon />} onClick={() => add({ ...empty })}>
                {t(addLabel)}
              </Button>
            )}
          </div>
        )}
      </Form.List>
    </>
  );
}

/** Main venue, county sub-venues (云签约), the reports and the pledge speeches of a signing day. */
export function ArrangementFields() {
  const t = useT();
  const { regions } = useRegionOptions();
  const need = (key: MessageKey) => ({
    required: true,
    whitespace: true,
    message: t('common.required', { field: t(key) }),
  });
  return (
    <>
      <Form.Item name="mainVenue" label={t('signing.field.mainVenue')}>
        <Input
          maxLength={LIMITS.name}
          placeholder={t('signing.mainVenuePlaceholder')}
          data-testid="event-main-venue"
        />
      </Form.Item>
      <RepeatList
        name="subVenues"
        title="signing.field.subVenues"
        addLabel="signing.addSubVenue"
        empty={{ venue: '' }}
        render={(n) => (
          <Row gutter={8}>
            <Col xs={24} sm={9}>
              <Form.Item
                name={[n, 'regionId']}
                rules={[
                  {
                    required: true,
                    message: t('common.selectRequired', { field: t('signing.field.region') }),
                  },
                ]}
              >
                <Select
                  placeholder={t('signing.field.region')}
                  showSearch={{ optionFilterProp: 'label' }}
                  options={regions.map((r) => ({ value: r.id, label: r.name }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} sm={15}>
              <Form.Item name={[n, 'venue']} rules={[need('signing.field.venue')]}>
                <Input maxLength={LIMITS.name} placeholder={t('signing.field.venue')} />
              </Form.Item>
            </Col>
          </Row>
        )}
      />
      <RepeatList
        name="reports"
        title="signing.field.reports"
        addLabel="signing.addReport"
        empty={{ title: '', presenter: '', unit: '' }}
        render={(n) => (
          <Row gutter={8}>
            <Col xs={24} sm={10}>
              <Form.Item name={[n, 'title']} rules={[need('signing.field.reportTitle')]}>
                <Input maxLength={LIMITS.name} placeholder={t('signing.field.reportTitle')} />
              </Form.Item>
            </Col>
            <Col xs={12} sm={6}>
              <Form.Item name={[n, 'presenter']} rules={[need('signing.field.presenter')]}>
                <Input maxLength={LIMITS.displayName} placeholder={t('signing.field.presenter')} />
              </Form.Item>
            </Col>
            <Col xs={12} sm={8}>
              <Form.Item name={[n, 'unit']}>
                <Input maxLength={LIMITS.name} placeholder={t('signing.field.unit')} />
              </Form.Item>
            </Col>
          </Row>
        )}
      />
      <RepeatList
        name="pledgeSpeakers"
        title="signing.field.pledgeSpeakers"
        addLabel="signing.addPledge"
        empty={{ unitName: '', speaker: '' }}
        render={(n) => (
          <Row gutter={8}>
            <Col xs={24} sm={14}>
              <Form.Item name={[n, 'unitName']} rules={[need('signing.field.unitName')]}>
                <AutoComplete
                  maxLength={LIMITS.name}
                  placeholder={t('signing.field.unitName')}
                  options={regions.map((r) => ({ value: r.name }))}
                  showSearch={{ filterOption: (input, o) => String(o?.value ?? '').includes(input) }}
                />
              </Form.Item>
            </Col>
            <Col xs={24} sm={10}>
              <Form.Item name={[n, 'speaker']} rules={[need('signing.field.speaker')]}>
                <Input maxLength={LIMITS.displayName} placeholder={t('signing.field.speaker')} />
              </Form.Item>
            </Col>
          </Row>
        )}
      />
      <Form.Item name="notes" label={t('signing.field.notes')} style={{ marginTop: 16 }}>
        <Input.TextArea rows={3} maxLength={LIMITS.note} showCount />
      </Form.Item>
    </>
  );
}
