import { Tag } from 'antd';
import { useT } from '../../i18n/useT';
import type { Colour } from './types';

const TAG: Record<Colour, string> = { green: 'success', yellow: 'warning', red: 'error' };

/** The traffic-light dot of an item or target. */
export function ColourDot({ colour }: { colour: Colour }) {
  const t = useT();
  return (
    <span
      className={`tj-sv-dot is-${colour}`}
      role="img"
      aria-label={t(`sv.colour.${colour}`)}
      data-colour={colour}
    />
  );
}

/** Dot and word: "● 红灯". */
export function ColourTag({ colour }: { colour: Colour }) {
  const t = useT();
  return (
    <Tag color={TAG[colour]} style={{ marginInlineEnd: 0 }} data-testid="sv-colour" data-colour={colour}>
      <ColourDot colour={colour} /> {t(`sv.colour.${colour}`)}
    </Tag>
  );
}

const STATE_TAG: Record<string, string> = {
  assigned: 'default',
  acknowledged: 'cyan',
  deployed: 'blue',
  reported: 'geekblue',
  resolved: 'purple',
  verified: 'green',
  closed: 'default',
  returned: 'orange',
};

export function StateTag({ state }: { state: string }) {
  const t = useT();
  return (
    <Tag color={STATE_TAG[state] ?? 'default'} variant="outlined" style={{ marginInlineEnd: 0 }}>
      {t.dynamic(`sv.state.${state}`, state)}
    </Tag>
  );
}
