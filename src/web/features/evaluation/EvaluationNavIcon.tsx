/** A podium (24×24, stroke = currentColor, like lib/icons); the menu passes its class. */
export const EvaluationNavIcon = ({ className }: { className?: string }) => (
  <span className={className ? `tj-icon anticon ${className}` : 'tj-icon anticon'} aria-hidden>
    <svg
      viewBox="0 0 24 24"
      width="1em"
      height="1em"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d="M9 21V9h6v12M3 21v-7h6M15 21v-9h6v9M2 21h20" />
      <path d="M12 2.5l.9 1.8 2 .3-1.45 1.4.35 2-1.8-.95-1.8.95.35-2L9.1 4.6l2-.3z" />
    </svg>
  </span>
);
