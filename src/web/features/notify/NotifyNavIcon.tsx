import { LineIcon } from '../../lib/icons';
import { Badge } from 'antd';
import { useFailedCount } from './queries';
import './nav.css';

/** A group robot (24×24, stroke = currentColor, like lib/icons). */
export const RobotIcon = ({ className }: { className?: string }) => (
  <LineIcon className={className}>
    <rect x="4" y="8" width="16" height="12" rx="3" />
    <path d="M12 4v4" />
    <circle cx="12" cy="3" r="1" />
    <circle cx="9" cy="14" r="1" />
    <circle cx="15" cy="14" r="1" />
    <path d="M2 13v3M22 13v3" />
  </LineIcon>
);

/**
 * The menu icon of 消息推送, with a red dot while deliveries have failed (polled). Rendered only for
 * the roles that see the entry, so only they ask. Menu passes its icon class in `className`.
 */
export function NotifyNavIcon({ className }: { className?: string }) {
  const failed = useFailedCount().data ?? 0;
  return (
    <span className={className ? `tj-nf-nav-icon ${className}` : 'tj-nf-nav-icon'}>
      <Badge dot={failed > 0} offset={[-1, 2]} data-testid="notify-nav-dot" data-count={failed}>
        <RobotIcon />
      </Badge>
    </span>
  );
}
