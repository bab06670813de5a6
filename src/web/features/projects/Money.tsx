import { useT } from '../../i18n/useT';
import { formatMoney, formatUsdWan } from '../../lib/format';

/** An exact amount in 元 shown in 亿元 / 万元. */
export function Money({ yuan, empty = '—' }: { yuan: string | null | undefined; empty?: string }) {
  const t = useT();
  const text = formatMoney(t, yuan);
  return <span className="tj-money">{text || empty}</span>;
}

/** An exact amount in US dollars shown in 万美元. */
export function UsdMoney({ usd }: { usd: string }) {
  const t = useT();
  return (
    <span className="tj-money">
      {formatUsdWan(usd)} {t('unit.wanUsd')}
    </span>
  );
}
