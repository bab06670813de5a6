import { App, Radio, Select } from 'antd';
import { useState } from 'react';
import { POSITIONS, type Position } from '../../../domain/atlas/fields';
import { useT } from '../../i18n/useT';
import { errorMessage } from '../../lib/errors';
import { useCurrentUser } from '../auth/queries';
import { useRegionOptions } from '../org/queries';
import { PositionTag } from './AtlasTags';
import { positionableRegions } from './permissions';
import { usePutPosition } from './queries';
import type { ChainDetail } from './types';

const NONE = 'none' as const;

/**
 * 主新特 on the chain page: every county's position as tags; a county officer sets its own county's
 * (主导/新兴/特色/不定位), the city administrator any county's.
 */
export function PositionControl({ chain, readOnly }: { chain: ChainDetail; readOnly: boolean }) {
  const t = useT();
  const me = useCurrentUser();
  const { message } = App.useApp();
  const { regions } = useRegionOptions();
  const editable = readOnly ? [] : positionableRegions(me, regions);
  const [picked, setPicked] = useState<string | undefined>(undefined);
  const regionId = picked ?? (me.role === 'county_officer' ? (me.regionId ?? undefined) : editable[0]?.id);
  const put = usePutPosition(chain.id);
  const current = chain.positions.find((p) => p.regionId === regionId)?.position ?? NONE;
  const county = regions.find((r) => r.id === regionId)?.name ?? '';

  const change = (value: Position | typeof NONE) => {
    if (!regionId) return;
    const position = value === NONE ? null : value;
    put.mutate(
      { regionId, position },
      {
        onSuccess: () =>
          void message.success(
            position
              ? t('atlas.chain.positionSaved', { county, position: t(`atlas.position.${position}`) })
              : t('atlas.chain.positionCleared', { county }),
          ),
        onError: (error) => void message.error(errorMessage(t, error)),
      },
    );
  };

  return (
    <div className="tj-atlas-positions" data-testid="atlas-positions">
      <span className="tj-muted">{t('atlas.chain.positions')}</span>
      <span className="tj-tag-row" data-testid="atlas-position-tags">
        {chain.positions.length ? (
          chain.positions.map((p) => (
            <PositionTag key={p.regionId} county={p.regionName} position={p.position} />
          ))
        ) : (
          <span className="tj-muted">{t('atlas.card.noPositions')}</span>
        )}
      </span>
      {editable.length > 0 && regionId && (
        <span className="tj-atlas-position-edit" data-testid="atlas-position-control">
          {editable.length > 1 ? (
            <Select
              size="small"
              className="tj-atlas-filter"
              data-testid="atlas-position-county"
              aria-label={t('atlas.filter.county')}
              showSearch={{ optionFilterProp: 'label' }}
              value={regionId}
              onChange={setPicked}
              options={editable.map((r) => ({ value: r.id, label: r.name }))}
            />
          ) : (
            <span>{t('atlas.chain.positionFor', { county })}</span>
          )}
          <Radio.Group
            size="small"
            optionType="button"
            value={current}
            disabled={put.isPending}
            onChange={(e) => change(e.target.value as Position | typeof NONE)}
            options={[
              ...POSITIONS.map((p) => ({ value: p, label: t(`atlas.position.${p}`) })),
              { value: NONE, label: t('atlas.position.none') },
            ]}
          />
        </span>
      )}
    </div>
  );
}
