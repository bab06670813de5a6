import { App } from 'antd';
import { useCallback } from 'react';
import { isYuan } from '../../../domain/money/money';
import { useT } from '../../i18n/useT';
import type { ApiError } from '../../lib/api';
import { formatMoney } from '../../lib/format';

type Warning = Record<string, unknown> & { code?: unknown };

/**
 * FUNDS_NEED_CONFIRMATION: shows why the amounts look implausible (above the monthly bound, beyond
 * the contract) and offers "confirm and save", which sends the report again with confirmLargeFunds.
 */
export function useFundsConfirmation() {
  const t = useT();
  const { modal } = App.useApp();
  return useCallback(
    (error: ApiError, onConfirm: () => void) => {
      const raw = Array.isArray(error.params.warnings) ? (error.params.warnings as unknown[]) : [];
      const lines = raw.flatMap((w) => {
        if (!w || typeof w !== 'object') return [];
        const warning = w as Warning;
        const params: Record<string, string> = {};
        for (const [k, v] of Object.entries(warning)) {
          if (typeof v === 'string') params[k] = isYuan(v) ? formatMoney(t, v) : v;
        }
        const code = String(warning.code ?? '');
        return [t.dynamic(`monthly.warning.${code}`, code, params)];
      });
      modal.confirm({
        title: t('monthly.confirmTitle'),
        content: (
          <div data-testid="funds-confirm">
            <p>{t('monthly.confirmIntro')}</p>
            <ul style={{ paddingInlineStart: 20, margin: 0 }}>
              {lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </div>
        ),
        okText: t('monthly.confirmOk'),
        cancelText: t('common.cancel'),
        okButtonProps: { 'data-testid': 'funds-confirm-ok' } as Record<string, string>,
        onOk: onConfirm,
      });
    },
    [t, modal],
  );
}
