import { App, Select } from 'antd';
import { TARGET_STATUSES, targetMoveAllowed, type TargetStatus } from '../../../domain/atlas/fields';
import { useT } from '../../i18n/useT';
import { errorMessage } from '../../lib/errors';
import { useMoveTarget } from './queries';
import type { Target } from './types';

/** Moves a target on: only the moves the rule allows are offered; a refusal shows the API's reason. */
export function TargetStatusControl({ target }: { target: Target }) {
  const t = useT();
  const { message } = App.useApp();
  const move = useMoveTarget();
  const allowed = TARGET_STATUSES.filter((s) => targetMoveAllowed(target.status, s));
  if (!allowed.length) return null;
  return (
    <Select<TargetStatus>
      size="small"
      className="tj-atlas-status-select"
      data-testid="atlas-target-move"
      aria-label={t('atlas.target.statusLabel')}
      placeholder={t('atlas.target.move')}
      value={null}
      loading={move.isPending}
      disabled={move.isPending}
      popupMatchSelectWidth={false}
      options={allowed.map((s) => ({ value: s, label: t(`atlas.target.status.${s}`) }))}
      onChange={(status) =>
        move.mutate(
          { target, status },
          {
            onSuccess: () =>
              void message.success(
                t('atlas.target.moved', { name: target.name, status: t(`atlas.target.status.${status}`) }),
              ),
            onError: (error) => void message.error(errorMessage(t, error)),
          },
        )
      }
    />
  );
}
