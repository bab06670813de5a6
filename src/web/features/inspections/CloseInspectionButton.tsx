import { App, Button } from 'antd';
import { useT } from '../../i18n/useT';
import { errorMessage } from '../../lib/errors';
import { progressOf } from './marks';
import { useCloseInspection } from './queries';
import type { InspectionView } from './types';

type Props = { view: InspectionView; groupName: string; block?: boolean };

/**
 * 结束观摩: confirmed, since closing freezes every mark and the county scores become the
 * evaluation's 观摩得分 (inspection_score) indicator for the period; sites not scored by every judge
 * are named first.
 */
export function CloseInspectionButton({ view, groupName, block = false }: Props) {
  const t = useT();
  const { modal, message } = App.useApp();
  const close = useCloseInspection(view.id);
  const p = progressOf(view);
  const unscored = view.sites.filter((s) => s.judged === 0).length;

  const start = () =>
    modal.confirm({
      title: t('insp.close.title', { name: view.name }),
      content: (
        <div data-testid="insp-close-confirm">
          <p>{t('insp.close.body', { group: groupName })}</p>
          {p.complete < p.sites && (
            <p className="insp-warn">
              {t('insp.close.incomplete', { count: p.sites - p.complete })}
              {unscored > 0 && ` ${t('insp.close.unscored', { count: unscored })}`}
            </p>
          )}
        </div>
      ),
      okText: t('insp.close.ok'),
      okButtonProps: { danger: true, ...({ 'data-testid': 'insp-close-ok' } as object) },
      cancelText: t('common.cancel'),
      onOk: () =>
        close
          .mutateAsync(undefined)
          .then(() => void message.success(t('insp.closed')))
          .catch((error: unknown) => void message.error(errorMessage(t, error))),
    });

  return (
    <Button danger onClick={start} loading={close.isPending} block={block} data-testid="insp-close">
      {t('insp.close')}
    </Button>
  );
}
