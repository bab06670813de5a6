import { Tag } from 'antd';
import { useT } from '../../i18n/useT';
import { overdueTagsOf } from './overdue';
import './delivery.css';

type Props = { project: { overdueStart: boolean }; testId?: string };

/** 逾期未注册 / 未开工 / 未投产 …: one red tag per overdue milestone. */
export function OverdueTags({ project, testId = 'overdue-flag' }: Props) {
  const t = useT();
  const milestones = overdueTagsOf(project);
  if (milestones.length === 0) return null;
  return (
    <span className="tj-overdue-tags">
      {milestones.map((m) => (
        <Tag key={m} color="red" data-testid={testId} data-milestone={m} style={{ marginInlineEnd: 0 }}>
          {t(`delivery.overdue.${m}`)}
        </Tag>
      ))}
    </span>
  );
}
