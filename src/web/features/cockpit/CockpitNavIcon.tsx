import { LineIcon } from '../../lib/icons';
/** A dashboard gauge (24×24, stroke = currentColor, like lib/icons); the menu passes its class. */
export const CockpitNavIcon = ({ className }: { className?: string }) => (
  <LineIcon className={className}>
    <path d="M3.5 17a8.5 8.5 0 1 1 17 0" />
    <path d="M12 17l4-5" />
    <circle cx="12" cy="17" r="1.5" />
    <path d="M3 20h18" />
  </LineIcon>
);
