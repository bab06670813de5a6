import { LineIcon } from '../../lib/icons';
/** A clipboard with a tick (24×24, stroke = currentColor, like lib/icons); the menu passes its class. */
export const InspectionNavIcon = ({ className }: { className?: string }) => (
  <LineIcon className={className}>
    <rect x="5" y="4" width="14" height="17" rx="2" />
    <path d="M9 2.5h6v3H9z" />
    <path d="M8.5 13l2.5 2.5 4.5-5" />
  </LineIcon>
);
