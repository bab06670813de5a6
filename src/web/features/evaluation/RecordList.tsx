import { Button, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useT } from '../../i18n/useT';
import type { EvidenceRecord } from './types';

const SHOWN = 6;
const COLOURS: Record<EvidenceRecord['kind'], string> = {
  project: 'blue',
  item: 'purple',
  report: 'cyan',
  missing_report: 'red',
};

/** The records behind a figure (projects, 督办 items, 月报, missing 月报), each a link to its page. */
export function RecordList({ records }: { records: EvidenceRecord[] }) {
  const t = useT();
  const [all, setAll] = useState(false);
  if (!records.length) return <div className="tj-muted ev-records-none">{t('ev.records.none')}</div>;
  const shown = all ? records : records.slice(0, SHOWN);
  return (
    <div className="ev-records">
      <div className="ev-records-head">{t('ev.records.title', { n: records.length })}</div>
      <ul>
        {shown.map((r) => (
          <li key={r.id}>
            <Tag color={COLOURS[r.kind]} variant="outlined" className="ev-record-kind">
              {t(`ev.records.kind.${r.kind}`)}
            </Tag>
            <Link to={r.link} data-testid="ev-record-link">
              {r.label}
            </Link>
          </li>
        ))}
      </ul>
      {records.length > SHOWN && (
        <Button type="link" size="small" onClick={() => setAll(!all)} style={{ paddingInline: 0 }}>
          {all ? t('ev.records.fewer') : t('ev.records.all', { n: records.length })}
        </Button>
      )}
    </div>
  );
}
