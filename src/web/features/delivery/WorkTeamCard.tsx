import { Alert, Button, Card, Empty, Spin } from 'antd';
import { useState } from 'react';
import { useT } from '../../i18n/useT';
import { errorMessage } from '../../lib/errors';
import { PlusIcon } from '../../lib/icons';
import { useTeam } from './queries';
import { TeamDrawer } from './TeamDrawer';

type Props = { projectId: string; canWrite: boolean };

/** 工作专班: the responsible leader, the lead unit and the members with their duties. */
export function WorkTeamCard({ projectId, canWrite }: Props) {
  const t = useT();
  const team = useTeam(projectId);
  const [open, setOpen] = useState(false);
  const data = team.data ?? null;
  return (
    <Card
      title={t('team.title')}
      variant="borderless"
      data-testid="work-team"
      extra={
        canWrite &&
        !team.isPending && (
          <Button
            size="small"
            icon={data ? undefined : <PlusIcon />}
            onClick={() => setOpen(true)}
            data-testid="team-edit"
          >
            {t(data ? 'team.edit' : 'team.create')}
          </Button>
        )
      }
    >
      {team.error ? (
        <Alert type="error" showIcon title={errorMessage(t, team.error)} />
      ) : team.isPending ? (
        <Spin />
      ) : !data ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('team.empty')} />
      ) : (
        <dl className="tj-team">
          <dt>{t('team.leader')}</dt>
          <dd data-testid="team-leader">{data.leader.displayName}</dd>
          <dt>{t('team.leadUnit')}</dt>
          <dd data-testid="team-unit">{data.leadUnit.name}</dd>
          <dt>{t('team.members')}</dt>
          <dd>
            {data.members.length === 0 ? (
              <span className="tj-muted">{t('team.noMembers')}</span>
            ) : (
              <ul className="tj-team-members">
                {data.members.map((m) => (
                  <li key={m.userId} data-testid="team-member">
                    {m.displayName}
                    {m.duty && <span className="tj-muted"> · {m.duty}</span>}
                  </li>
                ))}
              </ul>
            )}
          </dd>
          {data.note && (
            <>
              <dt>{t('team.note')}</dt>
              <dd className="tj-pre">{data.note}</dd>
            </>
          )}
        </dl>
      )}
      {canWrite && (
        <TeamDrawer
          projectId={projectId}
          team={data}
          open={open}
          onClose={() => setOpen(false)}
          onReload={() => void team.refetch()}
        />
      )}
    </Card>
  );
}
