import { Button, Card, Empty } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../i18n/useT';
import { PlusIcon } from '../../lib/icons';
import { StateTag } from '../supervision/ColourTag';
import type { Decision } from './types';

type Props = {
  decisions: Decision[];
  /** Opens a blank decision form; absent for roles that do not assign items. */
  onNew?: () => void;
};

/** The meeting's decisions, each a supervision item with its code, title and where it stands in the flow. */
export function DecisionsCard({ decisions, onNew }: Props) {
  const t = useT();
  return (
    <Card
      size="small"
      className="tj-mt-card"
      title={t('mt.decisions', { count: decisions.length })}
      data-testid="mt-decisions"
      extra={
        onNew && (
          <Button
            type="primary"
            size="small"
            icon={<PlusIcon />}
            onClick={onNew}
            className="tj-no-print"
            data-testid="mt-decision-new"
          >
            {t('mt.decisions.new')}
          </Button>
        )
      }
    >
      {decisions.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('mt.decisions.none')} />
      ) : (
        <ol className="tj-mt-decisions">
          {decisions.map((d) => (
            <li key={d.id} data-testid="mt-decision" data-code={d.code} data-state={d.state}>
              <Link
                to={`/supervision/${d.id}`}
                className="tj-mt-decision-link"
                data-testid="mt-decision-link"
              >
                <span className="tj-mt-row-code">{d.code}</span>
                <span className="tj-mt-decision-title">{d.title}</span>
              </Link>
              <StateTag state={d.state} />
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
