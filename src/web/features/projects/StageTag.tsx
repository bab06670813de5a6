import { Tag } from 'antd';
import type { Stage } from '../../../domain/lifecycle/stages';
import { useT } from '../../i18n/useT';

/** One colour per stage: pipeline cool, delivery warm-to-green, side states alarm colours. */
export const STAGE_COLORS: Record<Stage, string> = {
  lead: 'default',
  negotiating: 'cyan',
  signed: 'blue',
  registered: 'geekblue',
  land_secured: 'purple',
  started: 'orange',
  completed: 'gold',
  producing: 'lime',
  at_capacity: 'green',
  stalled: 'warning',
  terminated: 'error',
};

export function StageTag({ stage }: { stage: Stage }) {
  const t = useT();
  return (
    <Tag color={STAGE_COLORS[stage]} variant="outlined" data-stage={stage} style={{ marginInlineEnd: 0 }}>
      {t.label('stage', stage)}
    </Tag>
  );
}
