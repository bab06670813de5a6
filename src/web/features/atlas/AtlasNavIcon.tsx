import { LineIcon } from '../../lib/icons';
/** A chain tree (24×24, stroke = currentColor, like lib/icons); the menu passes its class. */
export const AtlasNavIcon = ({ className }: { className?: string }) => (
  <LineIcon className={className}>
    <circle cx="5" cy="12" r="2.5" />
    <circle cx="19" cy="5" r="2.5" />
    <circle cx="19" cy="12" r="2.5" />
    <circle cx="19" cy="19" r="2.5" />
    <path d="M7.5 12h9M7 10.5l9.5-4.5M7 13.5l9.5 4.5" />
  </LineIcon>
);
