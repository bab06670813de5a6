/** A dashboard gauge (24×24, stroke = currentColor, like lib/icons); the menu passes its class. */
export const CockpitNavIcon = ({ className }: { className?: string }) => (
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
      <path d="M3.5 17a8.5 8.5 0 1 1 17 0" />
      <path d="M12 17l4-5" />
      <circle cx="12" cy="17" r="1.5" />
      <path d="M3 20h18" />
    </svg>
  </span>
);
