import './rank.css';

/** A rank in a round badge (gold, silver, bronze for the first three); "—" without one. */
export function RankBadge({ rank }: { rank: number | null }) {
  return <span className={rank === null ? 'ev-rank' : `ev-rank is-${Math.min(rank, 4)}`}>{rank ?? '—'}</span>;
}
