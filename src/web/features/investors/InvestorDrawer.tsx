import { App, Drawer, Form } from 'antd';
import { useEffect } from 'react';
import { useT } from '../../i18n/useT';
import { FormDrawerFooter } from '../../lib/FormDrawerFooter';
import { isApiError } from '../../lib/api';
import { applyFieldErrors, errorMessage } from '../../lib/errors';
import { useIsMobile } from '../../lib/useIsMobile';
import { useCurrentUser } from '../auth/queries';
import {
  type InvestorFormValues,
  applyCreditCodeError,
  changedInvestorFields,
  toInvestorFormValues,
  toInvestorInput,
} from './investorForm';
import { InvestorFormFields } from './InvestorFormFields';
import { useCreateInvestor, useUpdateInvestor } from './queries';
import type { Investor } from './types';

type Props = {
  open: boolean;
  /** The record to edit; absent to register a new one. */
  investor?: Investor;
  onClose: () => void;
  onSaved?: (investor: Investor) => void;
};

const EMPTY: Partial<InvestorFormValues> = {
  kind: 'investor',
  flags: [],
  contacts: [{ name: '' }],
  originCountry: '',
};

/** Registers or edits an enterprise of the registry; server findings land on their fields. */
export function InvestorDrawer({ open, investor, onClose, onSaved }: Props) {
  const t = useT();
  const me = useCurrentUser();
  const mobile = useIsMobile();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<InvestorFormValues>();
  const create = useCreateInvestor();
  const update = useUpdateInvestor(investor?.id ?? '');

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(investor ? toInvestorFormValues(investor) : (EMPTY as InvestorFormValues));
  }, [open, form]);

  const fail = (error: unknown) => {
    if (isApiError(error, 'VERSION_CONFLICT')) {
      modal.warning({ title: t('project.conflictTitle'), content: t('investor.conflict') });
      onClose();
      return;
    }
    applyFieldErrors(t, form, error);
    applyCreditCodeError(t, form, error);
    void message.error(errorMessage(t, error));
  };

  const submit = (values: InvestorFormValues) => {
    const input = toInvestorInput(values);
    const done = (saved: Investor) => {
      void message.success(t(investor ? 'investor.saved' : 'investor.created'));
      onSaved?.(saved);
      onClose();
    };
    if (!investor) {
      create.mutate(input, { onSuccess: done, onError: fail });
      return;
    }
    const changes = changedInvestorFields(investor, input);
    if (Object.keys(changes).length === 0) {
      void message.info(t('project.noChanges'));
      onClose();
      return;
    }
    update.mutate({ version: investor.version, ...changes }, { onSuccess: done, onError: fail });
  };

  return (
    <Drawer
      title={t(investor ? 'investor.editTitle' : 'investor.createTitle')}
      open={open}
      onClose={onClose}
      size={mobile ? '100%' : 720}
      forceRender
      footer={
        <FormDrawerFooter
          onCancel={onClose}
          onSubmit={() => form.submit()}
          loading={create.isPending || update.isPending}
          submitTestId="investor-form-submit"
        />
      }
    >
      <Form<InvestorFormValues>
        data-testid="investor-form"
        form={form}
        layout="vertical"
        onFinish={submit}
        scrollToFirstError
      >
        <InvestorFormFields ownerChoice={!investor && me.role === 'city_admin'} />
      </Form>
    </Drawer>
  );
}
