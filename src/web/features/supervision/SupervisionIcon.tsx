/** The menu icon of 督办事项: a traffic light (24×24, stroke = currentColor, like lib/icons). */
export const SupervisionIcon = () => (
  <span className="tj-icon anticon" aria-hidden>
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
      <rect x="7" y="2" width="10" height="20" rx="3" />
      <circle cx="12" cy="7" r="1.6" />
      <circle cx="12" cy="12" r="1.6" />
      <circle cx="12" cy="17" r="1.6" />
    </svg>
  </span>
);
