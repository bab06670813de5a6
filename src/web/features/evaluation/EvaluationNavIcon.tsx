import { LineIcon } from '../../lib/icons';
/** A podium (24×24, stroke = currentColor, like lib/icons); the menu passes its class. */
export const EvaluationNavIcon = ({ className }: { className?: string }) => (
  <LineIcon className={className}>
    <path d="M9 21V9h6v12M3 21v-7h6M15 21v-9h6v9M2 21h20" />
    <path d="M12 2.5l.9 1.8 2 .3-1.45 1.4.35 2-1.8-.95-1.8.95.35-2L9.1 4.6l2-.3z" />
  </LineIcon>
);
