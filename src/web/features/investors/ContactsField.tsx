import { Button, Col, Form, Input, Row } from 'antd';
import { LIMITS } from '../../../domain/limits';
import { useT } from '../../i18n/useT';
import { PlusIcon } from '../../lib/icons';

const PHONE = /^[0-9+\-() ]*$/;

/** The investor's contacts: a list of name, title, phone, e-mail (name required for a row). */
export function ContactsField() {
  const t = useT();
  return (
    <Form.List name="contacts">
      {(fields, { add, remove }) => (
        <div className="tj-contacts" data-testid="investor-contacts">
          {fields.map((field, index) => (
            <div key={field.key} className="tj-contact-row" data-testid="investor-contact">
              <div className="tj-contact-head">
                <span className="tj-muted">{t('investor.contactNumber', { n: index + 1 })}</span>
                <Button type="link" size="small" danger onClick={() => remove(field.name)}>
                  {t('common.remove')}
                </Button>
              </div>
              <Row gutter={12}>
                <Col xs={24} sm={12} md={6}>
                  <Form.Item
                    name={[field.name, 'name']}
                    label={t('investor.contact.name')}
                    rules={[
                      {
                        required: true,
                        whitespace: true,
                        message: t('common.required', { field: t('investor.contact.name') }),
                      },
                    ]}
                  >
                    <Input maxLength={LIMITS.displayName} data-testid="contact-name" />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={12} md={6}>
                  <Form.Item name={[field.name, 'title']} label={t('investor.contact.title')}>
                    <Input maxLength={LIMITS.displayName} />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={12} md={6}>
                  <Form.Item
                    name={[field.name, 'phone']}
                    label={t('investor.contact.phone')}
                    rules={[{ pattern: PHONE, message: t('investor.contact.phoneInvalid') }]}
                  >
                    <Input inputMode="tel" maxLength={30} data-testid="contact-phone" />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={12} md={6}>
                  <Form.Item
                    name={[field.name, 'email']}
                    label={t('investor.contact.email')}
                    rules={[{ type: 'email', message: t('investor.contact.emailInvalid') }]}
                  >
                    <Input inputMode="email" maxLength={LIMITS.shortText} />
                  </Form.Item>
                </Col>
              </Row>
            </div>
          ))}
          {fields.length < 20 && (
            <Button
              type="dashed"
              block
              icon={<PlusIcon />}
              onClick={() => add({ name: '' })}
              data-testid="contact-add"
            >
              {t('investor.contactAdd')}
            </Button>
          )}
        </div>
      )}
    </Form.List>
  );
}
