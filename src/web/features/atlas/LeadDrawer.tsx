import { Alert, App, Drawer, Form } from 'antd';
import { useEffect } from 'react';
import { useT } from '../../i18n/useT';
import { FormDrawerFooter } from '../../lib/FormDrawerFooter';
import { useIsMobile } from '../../lib/useIsMobile';
import { hasRegionSwitcher } from '../auth/permissions';
import { useCurrentUser } from '../auth/queries';
import {
  PROJECT_FIELD_MAP,
  type ProjectFormValues,
  emptyFormValues,
  toProjectInput,
} from '../projects/projectForm';
import { ProjectFormFields } from '../projects/ProjectFormFields';
import { useWriteErrorHandler } from '../projects/useConflictDialog';
import { useStartLead } from './queries';
import type { ChainDetail, ChainNode, Target } from './types';

type Props = {
  chain: ChainDetail;
  node: ChainNode | null;
  target: Target | null;
  onClose: () => void;
  onCreated: (projectId: string) => void;
};

/**
 * Starts a lead from a target with the project form of the pipeline, filled from the target:
 * name, investor, county, origin and the chain's industry; the server tags it to the node.
 */
export function LeadDrawer({ chain, node, target, onClose, onCreated }: Props) {
  const t = useT();
  const me = useCurrentUser();
  const mobile = useIsMobile();
  const { message } = App.useApp();
  const [form] = Form.useForm<ProjectFormValues>();
  const start = useStartLead();
  const fixedRegion = !hasRegionSwitcher(me.role);
  const handleError = useWriteErrorHandler(onClose);
  const open = target !== null && node !== null;

  // Fill the form each time the drawer opens for a target.
  useEffect(() => {
    if (!target || !node) return;
    form.resetFields();
    const regionId = fixedRegion ? (me.regionId ?? '') : (target.regionId ?? '');
    form.setFieldsValue({
      ...emptyFormValues(regionId),
      name: t('atlas.lead.projectName', { target: target.name, node: node.name }),
      industry: chain.name,
      investorName: target.name,
      investorId: target.investorId,
      originRegion: target.originRegion,
      foreignCapital: target.originRegion === 'overseas',
      leadSource: 'chain_map',
      promotionMethods: ['chain'],
      ownerId: me.id,
    } as ProjectFormValues);
  }, [target?.id, form]);

  const submit = (values: ProjectFormValues) => {
    if (!target || !node) return;
    const input = toProjectInput({
      ...values,
      regionId: fixedRegion ? (me.regionId ?? values.regionId) : values.regionId,
    });
    start.mutate(
      { targetId: target.id, input },
      {
        onSuccess: ({ projectId }) => {
          void message.success(t('atlas.lead.created', { node: node.name }));
          onCreated(projectId);
        },
        onError: (error) => handleError(error, form, PROJECT_FIELD_MAP),
      },
    );
  };

  return (
    <Drawer
      title={t('atlas.lead.title')}
      open={open}
      onClose={onClose}
      size={mobile ? '100%' : 720}
      forceRender
      // Above the node drawer it is opened from (mounted earlier, so otherwise beneath it).
      zIndex={1010}
      data-testid="atlas-lead-drawer"
      footer={
        <FormDrawerFooter
          onCancel={onClose}
          onSubmit={() => form.submit()}
          loading={start.isPending}
          submitTestId="atlas-lead-submit"
          submitLabel={t('atlas.lead.submit')}
        />
      }
    >
      {target && node && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('atlas.lead.intro', { target: target.name, chain: chain.name, node: node.name })}
        />
      )}
      <Form<ProjectFormValues>
        data-testid="atlas-lead-form"
        form={form}
        layout="vertical"
        onFinish={submit}
        scrollToFirstError
      >
        <ProjectFormFields fixedRegion={fixedRegion} />
      </Form>
    </Drawer>
  );
}
