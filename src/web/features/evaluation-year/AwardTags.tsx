import { Button, Tag, Tooltip } from 'antd';
import { useT } from '../../i18n/useT';
import type { Award } from './types';
import { orderedAwards, wanOf } from './yearEnd';

type Props = {
  awards: Award[];
  /** The city admin revokes an award in force; others only read. */
  onRevoke?: (award: Award) => void;
};

/** What an award says on hover: 文号, date, the ranking it rests on, the note; why it was revoked. */
function AwardDetails({ award }: { award: Award }) {
  const t = useT();
  return (
    <div className="ey-award-tip">
      {award.revokedAt && (
        <div className="ey-award-tip-revoked">
          {t('ey.award.revokedBecause', { reason: award.revokeReason ?? '' })}
        </div>
      )}
      <div>{t('ey.award.decidedOn', { date: award.decidedOn })}</div>
      {award.documentNo && <div>{t('ey.award.documentNo', { no: award.documentNo })}</div>}
      {award.basisRank !== null && <div>{t('ey.award.basis', { rank: award.basisRank })}</div>}
      {award.note && <div>{t('ey.award.note', { note: award.note })}</div>}
    </div>
  );
}

/** "50 万元" after a title when money goes with it. */
export function awardText(t: ReturnType<typeof useT>, award: Award): string {
  return award.amount
    ? t('ey.award.withAmount', { title: award.title, wan: wanOf(award.amount) })
    : award.title;
}

/** A unit's rewards (green) and penalties (red); revoked ones struck through, the reason on hover. */
export function AwardTags({ awards, onRevoke }: Props) {
  const t = useT();
  if (!awards.length) return <span className="tj-muted">—</span>;
  return (
    <span className="ey-awards">
      {orderedAwards(awards).map((a) => (
        <span key={a.id} className="ey-award">
          <Tooltip title={<AwardDetails award={a} />}>
            <Tag
              color={a.revokedAt ? 'default' : a.kind === 'reward' ? 'success' : 'error'}
              className={a.revokedAt ? 'ey-award-tag is-revoked' : 'ey-award-tag'}
              data-testid={`ey-award-${a.kind}`}
              data-revoked={a.revokedAt ? 'true' : undefined}
            >
              <span className="ey-award-kind">{t(`ey.kind.${a.kind}`)}</span>
              {awardText(t, a)}
            </Tag>
          </Tooltip>
          {onRevoke && !a.revokedAt && (
            <Button
              type="link"
              size="small"
              className="ey-revoke"
              onClick={() => onRevoke(a)}
              data-testid="ey-revoke"
            >
              {t('ey.revoke.button')}
            </Button>
          )}
        </span>
      ))}
    </span>
  );
}
