import { LineIcon } from '../../lib/icons';

/** The menu icon of 督办事项: a traffic light (24×24, stroke = currentColor, like lib/icons). */
export const SupervisionIcon = () => (
  <LineIcon>
    <rect x="7" y="2" width="10" height="20" rx="3" />
    <circle cx="12" cy="7" r="1.6" />
    <circle cx="12" cy="12" r="1.6" />
    <circle cx="12" cy="17" r="1.6" />
  </LineIcon>
);
