import { Button, Form, Input, InputNumber, type FormInstance } from 'antd';
import { PlusIcon } from '../../lib/icons';
import { useT } from '../../i18n/useT';
import { defaultSheet, keyProblem, maxProblem, nextKey, rowsTotal, type SheetRow } from './sheet';

type Props = { form: FormInstance };

/**
 * The scoring sheet (评分表): criteria with a key, a name and full marks, added and removed; the
 * sheet's full marks are shown as they are typed.
 */
export function SheetEditor({ form }: Props) {
  const t = useT();
  const rows = (Form.useWatch('sheet', form) as SheetRow[] | undefined) ?? [];
  const total = rowsTotal(rows);
  const rowsNow = () => (form.getFieldValue('sheet') as SheetRow[] | undefined) ?? [];

  return (
    <Form.List
      name="sheet"
      rules={[
        {
          validator: async (_, value: SheetRow[] | undefined) => {
            if (!value?.length) throw new Error(t('insp.sheet.empty'));
          },
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <div className="insp-sheet" data-testid="insp-sheet">
          <div className="insp-sheet-head" aria-hidden>
            <span>{t('insp.sheet.name')}</span>
            <span>{t('insp.sheet.key')}</span>
            <span>{t('insp.sheet.max')}</span>
            <span />
          </div>
          {fields.map((field, index) => (
            <div key={field.key} className="insp-sheet-row" data-testid="insp-sheet-row">
              <Form.Item
                name={[field.name, 'name']}
                rules={[{ required: true, whitespace: true, message: t('insp.sheet.nameRequired') }]}
                className="insp-sheet-name"
              >
                <Input
                  maxLength={60}
                  placeholder={t('insp.sheet.name')}
                  aria-label={t('insp.sheet.name')}
                  data-testid="insp-sheet-name"
                />
              </Form.Item>
              <Form.Item
                name={[field.name, 'key']}
                rules={[
                  {
                    validator: async () => {
                      const problem = keyProblem(rowsNow(), index);
                      if (problem) throw new Error(t(`insp.sheet.key.${problem}`));
                    },
                  },
                ]}
                className="insp-sheet-key"
              >
                <Input
                  maxLength={40}
                  placeholder={t('insp.sheet.key')}
                  aria-label={t('insp.sheet.key')}
                  data-testid="insp-sheet-key"
                />
              </Form.Item>
              <Form.Item
                name={[field.name, 'max']}
                rules={[
                  {
                    validator: async (_, value: string | null | undefined) => {
                      const problem = maxProblem(value);
                      if (problem) throw new Error(t(`insp.sheet.max.${problem}`));
                    },
                  },
                ]}
                className="insp-sheet-max"
              >
                <InputNumber<string>
                  stringMode
                  step="1"
                  placeholder={t('insp.sheet.max')}
                  aria-label={t('insp.sheet.max')}
                  style={{ width: '100%' }}
                  data-testid="insp-sheet-max"
                />
              </Form.Item>
              <Button
                type="text"
                danger
                onClick={() => remove(field.name)}
                disabled={fields.length <= 1}
                aria-label={t('insp.sheet.remove')}
                className="insp-sheet-remove"
                data-testid="insp-sheet-remove"
              >
                ×
              </Button>
            </div>
          ))}
          <Form.ErrorList errors={errors} />
          <div className="insp-sheet-foot">
            <Button
              icon={<PlusIcon />}
              onClick={() => add({ key: nextKey(rowsNow()), name: '', max: null })}
              disabled={fields.length >= 20}
              data-testid="insp-sheet-add"
            >
              {t('insp.sheet.add')}
            </Button>
            <Button
              type="link"
              onClick={() =>
                form.setFieldValue(
                  'sheet',
                  defaultSheet((k) => t(`insp.sheet.default.${k}`)),
                )
              }
            >
              {t('insp.sheet.reset')}
            </Button>
            <span
              className={`insp-sheet-total ${total === '100' ? '' : 'is-off'}`}
              data-testid="insp-sheet-total"
            >
              {total === '100' ? t('insp.sheet.total', { total }) : t('insp.sheet.totalNot100', { total })}
            </span>
          </div>
        </div>
      )}
    </Form.List>
  );
}
