import { Card, Rate, Tag } from 'antd';
import { useI18n } from '../../i18n/useT';
import { shanghaiDateTime, shortDate } from '../../lib/shanghaiTime';
import type { ItemDetail } from './types';

/** 推进计划: the steps of a major item's plan, with their due dates and when each was done. */
export function PlanCard({ item }: { item: ItemDetail }) {
  const { t, locale } = useI18n();
  if (item.plan.length === 0) return null;
  return (
    <Card size="small" title={t('sv.section.plan')} data-testid="sv-plan">
      <ol className="tj-sv-plan">
        {item.plan.map((s, i) => (
          <li key={i}>
            <div>{s.title}</div>
            <div className="tj-sv-plan-meta">
              <span className="tj-muted">{t('sv.plan.due', { date: shortDate(s.due, locale) })}</span>
              {s.doneAt ? (
                <Tag color="success" style={{ marginInlineEnd: 0 }}>
                  {t('sv.plan.done', { at: shanghaiDateTime(s.doneAt) })}
                </Tag>
              ) : (
                <Tag style={{ marginInlineEnd: 0 }}>{t('sv.plan.pending')}</Tag>
              )}
            </div>
          </li>
        ))}
      </ol>
    </Card>
  );
}

/** 企业满意度: the callback's score, once verified. */
export function SatisfactionCard({ item }: { item: ItemDetail }) {
  const { t } = useI18n();
  if (!['resolved', 'verified', 'closed'].includes(item.state)) return null;
  return (
    <Card size="small" title={t('sv.section.satisfaction')} data-testid="sv-satisfaction">
      {item.satisfaction === null ? (
        <span className="tj-muted">{t('sv.satisfaction.none')}</span>
      ) : (
        <Rate disabled value={item.satisfaction} />
      )}
    </Card>
  );
}
