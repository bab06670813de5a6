import { LineIcon } from '../../lib/icons';

/** Menu icons of the delivery pages, drawn like the shared ones in lib/icons (24×24, stroke = currentColor). */
export const OverviewIcon = () => (
  <LineIcon>
    <path d="M4 20h16" />
    <rect x="5" y="11" width="3" height="6" rx="1" />
    <rect x="10.5" y="7" width="3" height="10" rx="1" />
    <rect x="16" y="4" width="3" height="13" rx="1" />
  </LineIcon>
);
export const MyProjectsIcon = () => (
  <LineIcon>
    <circle cx="9" cy="8" r="4" />
    <path d="M2 21v-1a6 6 0 0 1 6-6h2a6 6 0 0 1 4 1.5M15 19l2 2 4-4" />
  </LineIcon>
);
export const MissingReportIcon = () => (
  <LineIcon>
    <path d="M14 3H6a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V9z" />
    <path d="M14 3v6h6M12 12v3M12 18h.01" />
  </LineIcon>
);
export const RatesIcon = () => (
  <LineIcon>
    <path d="M19 5L5 19" />
    <circle cx="7" cy="7" r="2.5" />
    <circle cx="17" cy="17" r="2.5" />
  </LineIcon>
);
