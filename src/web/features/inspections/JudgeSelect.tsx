import { Select } from 'antd';
import { useT } from '../../i18n/useT';
import { usePeople } from '../delivery/queries';

type Props = { value?: string[]; onChange?: (ids: string[]) => void };

/**
 * The judges: active business accounts (leaders first), searched by name or username. A judge
 * signs in with their own account and scores on a phone.
 */
export function JudgeSelect({ value, onChange }: Props) {
  const t = useT();
  const people = usePeople(true);
  return (
    <Select<string[]>
      mode="multiple"
      value={value ?? []}
      onChange={(ids) => onChange?.(ids)}
      loading={people.isPending}
      placeholder={t('insp.field.judgesPlaceholder')}
      showSearch={{
        filterOption: (input, option) =>
          (option?.search ?? '').toLowerCase().includes(input.trim().toLowerCase()),
      }}
      notFoundContent={people.isPending ? t('app.loading') : t('insp.field.noJudge')}
      options={(people.data ?? []).map((p) => ({
        value: p.id,
        search: `${p.displayName} ${p.username}`,
        title: p.displayName,
        label: (
          <div className="tj-investor-option">
            <div>{p.displayName}</div>
            <div className="insp-sub">
              {t.label('role', p.role)} · {p.username}
            </div>
          </div>
        ),
      }))}
      optionLabelProp="title"
      data-testid="insp-judges"
    />
  );
}
