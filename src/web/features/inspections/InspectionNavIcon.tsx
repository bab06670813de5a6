/** A clipboard with a tick (24×24, stroke = currentColor, like lib/icons); the menu passes its class. */
export const InspectionNavIcon = ({ className }: { className?: string }) => (
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
      <rect x="5" y="4" width="14" height="17" rx="2" />
      <path d="M9 2.5h6v3H9z" />
      <path d="M8.5 13l2.5 2.5 4.5-5" />
    </svg>
  </span>
);
