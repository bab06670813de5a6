import { Button, Card, Progress, Tag } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../i18n/useT';
import { formatDate, formatDateTimeShort } from '../../lib/format';
import { Money } from '../projects/Money';
import { StageTag } from '../projects/StageTag';
import type { DuplicateCandidate, DuplicateSide } from './types';

const STATUS_COLORS = { open: 'orange', same_project: 'red', not_duplicate: 'green' } as const;

function Side({ side, label, other }: { side: DuplicateSide; label: string; other: DuplicateSide }) {
  const t = useT();
  const same = (a: string | null, b: string | null) => a !== null && a === b;
  const match = (
    <Tag color="red" variant="outlined" style={{ marginInlineStart: 6 }}>
      {t('duplicate.same')}
    </Tag>
  );
  return (
    <div className="tj-dup-side" data-testid="duplicate-side">
      <div className="tj-dup-side-label">{label}</div>
      <Link to={`/projects/${side.id}`} className="tj-project-name">
        {side.name}
      </Link>
      <dl className="tj-dup-fields">
        <dt>{t('projects.col.code')}</dt>
        <dd>{side.code}</dd>
        <dt>{t('projects.col.region')}</dt>
        <dd>
          {side.regionName}
          {same(side.regionId, other.regionId) && match}
        </dd>
        <dt>{t('project.field.investorName')}</dt>
        <dd>
          {side.investorName}
          {same(side.investorName, other.investorName) && match}
        </dd>
        <dt>{t('project.field.investorCreditCode')}</dt>
        <dd className="tj-break">
          {side.investorCreditCode ?? '—'}
          {same(side.investorCreditCode, other.investorCreditCode) && match}
        </dd>
        <dt>{t('projects.col.stage')}</dt>
        <dd>
          <StageTag stage={side.stage} />
        </dd>
        <dt>{t('projects.col.totalInvestment')}</dt>
        <dd>
          <Money yuan={side.totalInvestment} />
        </dd>
        <dt>{t('projects.col.signedOn')}</dt>
        <dd>{formatDate(side.signedOn) || '—'}</dd>
        <dt>{t('project.field.createdAt')}</dt>
        <dd>{formatDateTimeShort(side.createdAt)}</dd>
      </dl>
    </div>
  );
}

type Props = { candidate: DuplicateCandidate; canDecide: boolean; onDecide: (c: DuplicateCandidate) => void };

/** A possible double claim: the two projects side by side, the score and its reasons, the decision. */
export function DuplicateCard({ candidate: c, canDecide, onDecide }: Props) {
  const t = useT();
  return (
    <Card variant="borderless" className="tj-dup" data-testid="duplicate-candidate" data-status={c.status}>
      <div className="tj-dup-head">
        <Progress
          type="circle"
          size={56}
          percent={c.score}
          format={(n) => <span className="tj-dup-score">{n}</span>}
          strokeColor={c.score >= 80 ? '#e5533d' : '#f0a020'}
        />
        <div className="tj-dup-why">
          <div className="tj-tag-row">
            {c.reasons.map((r) => (
              <Tag key={r} color="volcano" style={{ marginInlineEnd: 0 }}>
                {t.label('duplicateReason', r)}
              </Tag>
            ))}
          </div>
          <div className="tj-project-sub">
            {t('duplicate.meta', {
              similarity: Math.round(c.nameSimilarity * 100),
              found: t.label('duplicateFoundAt', c.foundAt),
              time: formatDateTimeShort(c.createdAt),
            })}
          </div>
        </div>
        <Tag color={STATUS_COLORS[c.status]} className="tj-dup-status">
          {t(`duplicate.status.${c.status}`)}
        </Tag>
      </div>
      <div className="tj-dup-sides">
        <Side side={c.project} other={c.other} label={t('duplicate.later')} />
        <Side side={c.other} other={c.project} label={t('duplicate.earlier')} />
      </div>
      {c.status === 'open' ? (
        canDecide && (
          <div className="tj-dup-foot">
            <Button type="primary" onClick={() => onDecide(c)} data-testid="duplicate-decide">
              {t('duplicate.decide')}
            </Button>
          </div>
        )
      ) : (
        <div className="tj-dup-decided" data-testid="duplicate-decision-text">
          {t('duplicate.decidedBy', {
            name: c.decidedBy ?? '—',
            time: formatDateTimeShort(c.decidedAt),
          })}
          {c.decisionReason && <div className="tj-timeline-text">{c.decisionReason}</div>}
        </div>
      )}
    </Card>
  );
}
