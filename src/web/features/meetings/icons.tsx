import { LineIcon } from '../../lib/icons';

/** The menu icon of 周例会: a meeting table with people around it. */
export const MeetingNavIcon = ({ className }: { className?: string }) => (
  <LineIcon className={className}>
    <rect x="5" y="10" width="14" height="6" rx="1.5" />
    <circle cx="8" cy="5.5" r="1.8" />
    <circle cx="16" cy="5.5" r="1.8" />
    <path d="M8 16v4M16 16v4M3 13h2M19 13h2" />
  </LineIcon>
);

export const PrintIcon = () => (
  <LineIcon>
    <path d="M6 9V3h12v6M6 18H4a1 1 0 0 1-1-1v-6a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2v6a1 1 0 0 1-1 1h-2" />
    <rect x="6" y="14" width="12" height="7" rx="1" />
  </LineIcon>
);
