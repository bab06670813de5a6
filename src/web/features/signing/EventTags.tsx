import { Tag } from 'antd';
import { useT } from '../../i18n/useT';
import { todayIso } from '../../lib/format';
import type { EventSummary } from './types';

const STATUS_COLORS = { planned: 'blue', held: 'green', cancelled: 'default' } as const;
const KIND_COLORS = { monthly: 'geekblue', three_batches: 'purple', expo: 'orange' } as const;

/** 待准备 (a scheduled occurrence not prepared yet) / 筹备中 / 未签约 (passed) / 已举行 / 已取消. */
export function EventStatusTag({ event }: { event: Pick<EventSummary, 'status' | 'virtual' | 'heldOn'> }) {
  const t = useT();
  if (!event.virtual && event.status === 'planned' && event.heldOn < todayIso()) {
    // The day has passed and nothing was signed at it.
    return (
      <Tag style={{ marginInlineEnd: 0 }} data-testid="signing-status">
        {t('signing.status.lapsed')}
      </Tag>
    );
  }
  if (event.virtual) {
    return (
      <Tag variant="outlined" style={{ marginInlineEnd: 0 }} data-testid="signing-status">
        {t('signing.status.virtual')}
      </Tag>
    );
  }
  return (
    <Tag color={STATUS_COLORS[event.status]} style={{ marginInlineEnd: 0 }} data-testid="signing-status">
      {t.label('eventStatus', event.status)}
    </Tag>
  );
}

export function EventKindTag({ kind }: { kind: EventSummary['kind'] }) {
  const t = useT();
  return (
    <Tag color={KIND_COLORS[kind]} variant="outlined" style={{ marginInlineEnd: 0 }}>
      {t.label('eventKind', kind)}
    </Tag>
  );
}
