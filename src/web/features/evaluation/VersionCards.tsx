import { Tag } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../../i18n/useT';
import { shanghaiDateTime } from '../../lib/shanghaiTime';
import type { MethodView } from './types';

type Props = {
  versions: MethodView[];
  groupName: (id: string) => string;
  actions: (m: MethodView) => ReactNode;
};

/** A family's versions on a phone: one block each with its status, dates, groups and actions. */
export function VersionCards({ versions, groupName, actions }: Props) {
  const t = useT();
  return (
    <ul className="ev-version-cards">
      {versions.map((m) => (
        <li key={m.id} className="ev-version-card">
          <div className="ev-version-head">
            <strong>v{m.version}</strong>
            <Tag color={m.status === 'published' ? 'success' : 'gold'}>
              {t(`ev.methodStatus.${m.status}`)}
            </Tag>
            <span className="ev-version-name">{m.body.name}</span>
          </div>
          <div className="tj-muted ev-version-facts">
            {t('ev.methods.col.validFrom')} {m.validFrom} · {m.groupIds.map(groupName).join('、')}
            {m.publishedAt && ` · ${t('ev.methods.col.published')} ${shanghaiDateTime(m.publishedAt)}`}
          </div>
          {actions(m)}
        </li>
      ))}
    </ul>
  );
}
