import { useT } from '../../i18n/useT';

type Props = { count: number; label: string; onClick: () => void; testId?: string };

/** A count that opens the projects behind it. */
export function CountLink({ count, label, onClick, testId }: Props) {
  const t = useT();
  return (
    <button
      type="button"
      className="tj-count-link"
      onClick={onClick}
      title={t('rates.showProjects', { what: label })}
      aria-label={t('rates.showProjectsCount', { what: label, count })}
      data-testid={testId}
    >
      {count}
    </button>
  );
}
