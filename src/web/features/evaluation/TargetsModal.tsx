import { Button, Modal, Select, Tabs } from 'antd';
import { useMemo, useState } from 'react';
import { useT } from '../../i18n/useT';
import { useDepartments, useRegions } from '../org/queries';
import { shanghaiToday } from './period';
import { useRankingGroups } from './queries';
import { TargetsCurrent } from './TargetsCurrent';
import { TargetsPaste, usePasteTargets } from './TargetsPaste';
import { TargetsUpload, useTargetsUpload } from './TargetsUpload';
import type { MethodView } from './types';

type Props = { method: MethodView; onClose: () => void };
type Tab = 'current' | 'paste' | 'upload';

/**
 * 设置目标: a year's targets per unit and indicator as they stand, then pasted from Excel (checked as typed) or uploaded
 * as the year's .xlsx sheet (checked by the server first); either way the year is replaced at once.
 */
export function TargetsModal({ method, onClose }: Props) {
  const t = useT();
  const thisYear = Number(shanghaiToday().slice(0, 4));
  const [year, setYear] = useState(Math.max(thisYear, Number(method.validFrom.slice(0, 4))));
  const [tab, setTab] = useState<Tab>('current');
  const groups = useRankingGroups();
  const regions = useRegions();
  const departments = useDepartments();
  const units = useMemo(() => {
    const names = [...(regions.data ?? []), ...(departments.data ?? [])];
    const ids = (groups.data ?? []).filter((g) => method.groupIds.includes(g.id)).flatMap((g) => g.memberIds);
    return ids.map((id) => ({ id, name: names.find((n) => n.id === id)?.name ?? id }));
  }, [groups.data, regions.data, departments.data, method.groupIds]);
  const paste = usePasteTargets(method, year, units, onClose);
  const upload = useTargetsUpload(method, year, onClose);

  const action =
    tab === 'current' ? null : tab === 'paste' ? (
      <Button
        key="ok"
        type="primary"
        disabled={!paste.send}
        loading={paste.saving}
        onClick={paste.save}
        data-testid="ev-targets-save"
      >
        {t('ev.targets.save', { n: paste.send?.length ?? 0 })}
      </Button>
    ) : (
      <Button
        key="ok"
        type="primary"
        disabled={!upload.ready}
        loading={upload.pending && upload.phase.kind === 'checked'}
        onClick={upload.commit}
        data-testid="ev-targets-commit"
      >
        {upload.ready ? t('ev.targets.commit', { n: upload.count }) : t('ev.targets.commitIdle')}
      </Button>
    );

  return (
    <Modal
      open
      width={820}
      title={t('ev.targets.title', { name: method.body.name, version: method.version })}
      onCancel={onClose}
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('common.cancel')}
        </Button>,
        ...(action ? [action] : []),
      ]}
    >
      <div data-testid="ev-targets">
        <div className="ev-targets-head">
          <Select
            value={year}
            onChange={setYear}
            options={[thisYear - 1, thisYear, thisYear + 1].map((y) => ({
              value: y,
              label: t('ev.period.yearOption', { year: y }),
            }))}
            style={{ width: 110 }}
            data-testid="ev-targets-year"
          />
          <span className="tj-muted">{t('ev.targets.replaces', { year })}</span>
        </div>
        <Tabs
          activeKey={tab}
          onChange={(k) => setTab(k as Tab)}
          data-testid="ev-targets-tabs"
          items={[
            {
              key: 'current',
              label: t('ev.targets.tab.current'),
              children: <TargetsCurrent method={method} year={year} units={units} />,
            },
            {
              key: 'paste',
              label: t('ev.targets.tab.paste'),
              children: <TargetsPaste paste={paste} units={units} indicators={method.body.indicators} />,
            },
            {
              key: 'upload',
              label: t('ev.targets.tab.upload'),
              children: <TargetsUpload upload={upload} method={method} year={year} units={units} />,
            },
          ]}
        />
      </div>
    </Modal>
  );
}
