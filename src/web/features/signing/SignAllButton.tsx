import { App, Button, Modal, Table, Tooltip } from 'antd';
import { useState } from 'react';
import { useT } from '../../i18n/useT';
import { isApiError } from '../../lib/api';
import { errorMessage } from '../../lib/errors';
import { formatDate, todayIso } from '../../lib/format';
import { StageTag } from '../projects/StageTag';
import { useSignAll } from './queries';
import type { EventDetail, SignProblem } from './types';

function problemsOf(error: unknown): SignProblem[] | null {
  if (!isApiError(error, 'TRANSITION_FORBIDDEN')) return null;
  const list = error.params.problems;
  return Array.isArray(list) ? (list as SignProblem[]) : null;
}

/**
 * 一键签约: marks every planned project of the agenda signed in one action. When the lifecycle
 * refuses any of them nothing is signed, and the dialog lists every refused project with its reason.
 */
export function SignAllButton({ event }: { event: EventDetail }) {
  const t = useT();
  const { modal, message } = App.useApp();
  const sign = useSignAll(event.id);
  const [problems, setProblems] = useState<SignProblem[] | null>(null);
  const planned = event.agenda.filter((a) => a.status === 'planned');
  const tooEarly = event.heldOn > todayIso();
  const disabledReason =
    event.status !== 'planned'
      ? t('signing.signNotPlanned')
      : planned.length === 0
        ? t('signing.signNothing')
        : tooEarly
          ? t('signing.signTooEarly', { date: formatDate(event.heldOn) })
          : null;

  const reasonText = (p: SignProblem) => {
    switch (p.reason) {
      case 'TRANSITION_FORBIDDEN':
        return p.stage === 'lead'
          ? t('signing.denial.fromLead')
          : t('signing.denial.TRANSITION_FORBIDDEN', { stage: t.label('stage', p.stage) });
      case 'DATE_BEFORE_PREVIOUS':
        return t('signing.denial.DATE_BEFORE_PREVIOUS', { previous: formatDate(p.denial?.previous) || '—' });
      default:
        return t.dynamic(`signing.denial.${p.reason}`, p.reason);
    }
  };

  const run = () =>
    modal.confirm({
      title: t('signing.signConfirmTitle'),
      content: t('signing.signConfirm', { count: planned.length, date: formatDate(event.heldOn) }),
      okText: t('signing.signAll'),
      cancelText: t('common.cancel'),
      okButtonProps: { 'data-testid': 'signing-sign-confirm' } as Record<string, string>,
      onOk: () =>
        sign.mutateAsync(undefined).then(
          (updated) => {
            const n = updated.agenda.filter((a) => a.status === 'signed').length;
            void message.success(t('signing.signDone', { count: n }));
          },
          (error: unknown) => {
            const list = problemsOf(error);
            if (list) setProblems(list);
            else void message.error(errorMessage(t, error));
          },
        ),
    });

  return (
    <>
      <Tooltip title={disabledReason}>
        <Button
          type="primary"
          disabled={disabledReason !== null}
          loading={sign.isPending}
          onClick={run}
          data-testid="signing-sign-all"
        >
          {t('signing.signAll')}
        </Button>
      </Tooltip>
      <Modal
        open={problems !== null}
        title={t('signing.problemsTitle', { count: problems?.length ?? 0, total: planned.length })}
        onCancel={() => setProblems(null)}
        footer={
          <Button type="primary" onClick={() => setProblems(null)}>
            {t('common.close')}
          </Button>
        }
        width={760}
      >
        <p className="tj-muted">{t('signing.problemsHint')}</p>
        <Table<SignProblem>
          data-testid="signing-problems"
          size="small"
          rowKey={(p) => p.projectCode}
          pagination={false}
          dataSource={problems ?? []}
          scroll={{ x: 600 }}
          columns={[
            { title: t('projects.col.code'), dataIndex: 'projectCode', width: 130 },
            { title: t('projects.col.name'), dataIndex: 'name' },
            {
              title: t('projects.col.stage'),
              dataIndex: 'stage',
              width: 90,
              render: (_, p) => <StageTag stage={p.stage} />,
            },
            {
              title: t('signing.problemReason'),
              dataIndex: 'reason',
              width: 220,
              render: (_, p) => reasonText(p),
            },
          ]}
        />
      </Modal>
    </>
  );
}
