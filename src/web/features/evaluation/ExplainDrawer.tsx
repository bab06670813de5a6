import { Alert, Drawer, Spin } from 'antd';
import { useT } from '../../i18n/useT';
import { errorMessage } from '../../lib/errors';
import { ExplainSummary } from './ExplainSummary';
import { IndicatorBlock, RuleBlock } from './ExplainBlocks';
import { useExplain, useMethods } from './queries';
import type { ResultView } from './types';

type Props = { result: ResultView | null; unitId: string | null; mobile: boolean; onClose: () => void };

/** "为什么排第 N 名？": one unit's line, every figure down to the records behind it. */
export function ExplainDrawer({ result, unitId, mobile, onClose }: Props) {
  const t = useT();
  const open = result !== null && unitId !== null;
  const explain = useExplain(open ? result.id : null, unitId);
  const methods = useMethods(open);
  const data = explain.data;
  const method = methods.data?.find((m) => m.id === data?.method.id);
  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={mobile ? '100%' : 620}
      title={
        data
          ? t('ev.explain.title', { unit: data.line.unitName, rank: data.line.rank })
          : t('ev.explain.loading')
      }
      data-testid="ev-explain"
    >
      {explain.isPending && open && <Spin style={{ display: 'block', margin: '48px auto' }} />}
      {explain.error && <Alert type="error" showIcon title={errorMessage(t, explain.error)} />}
      {data && result && (
        <div className="ev-explain">
          <ExplainSummary data={data} result={result} />
          <h3 className="ev-explain-h">{t('ev.explain.indicators')}</h3>
          {data.line.indicators.map((line) => (
            <IndicatorBlock
              key={line.key}
              line={line}
              indicator={method?.body.indicators.find((i) => i.key === line.key)}
              elapsedShare={result.payload.elapsedShare}
            />
          ))}
          {data.line.rules.length > 0 && (
            <>
              <h3 className="ev-explain-h">{t('ev.explain.rules')}</h3>
              {data.line.rules.map((line) => (
                <RuleBlock
                  key={line.key}
                  line={line}
                  rule={method?.body.rules.find((r) => r.key === line.key)}
                />
              ))}
            </>
          )}
        </div>
      )}
    </Drawer>
  );
}
