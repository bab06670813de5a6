import { Alert, App, Button, Collapse, Drawer, Form } from 'antd';
import { useMemo, useState } from 'react';
import { useT } from '../../i18n/useT';
import { isApiError } from '../../lib/api';
import { errorMessage } from '../../lib/errors';
import { useIsMobile } from '../../lib/useIsMobile';
import { IndicatorsEditor } from './IndicatorsEditor';
import { MethodBasics, MethodExclusions } from './MethodBasics';
import { problemText, useUnitNames } from './MethodFields';
import {
  editorProblems,
  exclusionsOf,
  exclusionWords,
  initialState,
  problemsAt,
  serverProblems,
  toCreate,
  type EditorState,
  type FieldProblem,
} from './methodForm';
import { shanghaiToday } from './period';
import { useCreateMethod, useRankingGroups } from './queries';
import { RulesEditor } from './RulesEditor';
import type { MethodView } from './types';

type Props = {
  /** The version to start from (a new version of its family, or a copy for a new family), or null. */
  base: MethodView | null;
  newFamily: boolean;
  onClose: () => void;
  onCreated: (method: MethodView) => void;
};

/**
 * Drafts a method version: checked as it is typed with the domain's own rules (the server checks
 * again and its findings land on the same fields). Saved as a draft; publishing is a separate step.
 */
export function MethodEditor({ base, newFamily, onClose, onCreated }: Props) {
  const t = useT();
  const mobile = useIsMobile();
  const { message } = App.useApp();
  const groups = useRankingGroups();
  const create = useCreateMethod();
  const [state, setState] = useState<EditorState>(() => {
    const s = initialState(base, shanghaiToday());
    return newFamily ? { ...s, family: '' } : s;
  });
  const [touched, setTouched] = useState(false);
  const unitName = useUnitNames();
  const [exclusionsOpen, setExclusionsOpen] = useState(() => exclusionsOf(state) !== undefined);
  const [server, setServer] = useState<FieldProblem[]>([]);
  const live = useMemo(() => editorProblems(state), [state]);
  const problems = [
    ...(touched ? live : []),
    ...server.filter((s) => !live.some((l) => l.path === s.path && l.code === s.code)),
  ];
  const change = (next: EditorState) => {
    setState(next);
    setTouched(true);
    setServer([]);
  };
  const save = () => {
    setTouched(true);
    if (live.length) {
      void message.warning(t('ev.editor.fixFirst', { n: live.length }));
      return;
    }
    create.mutate(toCreate(state), {
      onSuccess: (made) => {
        void message.success(t('ev.editor.saved', { version: made.version }));
        onCreated(made);
      },
      onError: (error) => {
        if (isApiError(error)) setServer(serverProblems(error.details));
        void message.error(errorMessage(t, error));
      },
    });
  };
  const title = newFamily
    ? t('ev.editor.titleNew')
    : t('ev.editor.titleVersion', { family: state.family, from: base?.version ?? 0 });

  return (
    <Drawer
      open
      onClose={onClose}
      size={mobile ? '100%' : 980}
      title={title}
      destroyOnHidden
      data-testid="ev-editor"
      footer={
        <div className="ev-editor-foot">
          <span className={problems.length ? 'ev-sum is-bad' : 'ev-sum'}>
            {touched && live.length ? t('ev.editor.problems', { n: live.length }) : t('ev.editor.draftHint')}
          </span>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={create.isPending} onClick={save} data-testid="ev-editor-save">
            {t('ev.editor.save')}
          </Button>
        </div>
      }
    >
      <Form layout="vertical" component="div" className="ev-editor">
        {problems.length > 0 && (
          <Alert
            type="error"
            showIcon
            className="ev-editor-problems"
            title={t('ev.editor.problems', { n: problems.length })}
            description={
              <ul>
                {problems.slice(0, 8).map((p, i) => (
                  <li key={`${p.path}-${p.code}-${i}`}>
                    {t('ev.editor.problemAt', { where: whereText(t, p.path), what: problemText(t, p) })}
                  </li>
                ))}
              </ul>
            }
            data-testid="ev-editor-problems"
          />
        )}
        <h3 className="ev-editor-h">{t('ev.editor.basics')}</h3>
        <MethodBasics
          state={state}
          newFamily={newFamily}
          groups={groups.data ?? []}
          problems={problems}
          onChange={change}
        />
        <h3 className="ev-editor-h">{t('ev.editor.indicators')}</h3>
        <IndicatorsEditor
          indicators={state.body.indicators}
          totalPoints={state.body.totalPoints}
          problems={problems}
          onChange={(indicators) => change({ ...state, body: { ...state.body, indicators } })}
        />
        <h3 className="ev-editor-h">{t('ev.editor.rules')}</h3>
        <RulesEditor
          rules={state.body.rules}
          takenKeys={state.body.indicators}
          problems={problems}
          onChange={(rules) => change({ ...state, body: { ...state.body, rules } })}
        />
        <Collapse
          style={{ marginTop: 20 }}
          activeKey={
            exclusionsOpen || problemsAt(problems, 'body.exclusions', true).length ? ['exclusions'] : []
          }
          onChange={(keys) => setExclusionsOpen(keys.includes('exclusions'))}
          items={[
            {
              key: 'exclusions',
              label: (
                <span data-testid="ev-exclusions-toggle">
                  <strong>{t('ev.excl.title')}</strong>
                  <span className="tj-muted" style={{ marginInlineStart: 8 }}>
                    {exclusionWords(t, exclusionsOf(state), unitName).join('；') || t('ev.excl.none')}
                  </span>
                </span>
              ),
              children: (
                <MethodExclusions
                  state={state}
                  groups={groups.data ?? []}
                  problems={problems}
                  onChange={change}
                />
              ),
            },
          ]}
        />
      </Form>
    </Drawer>
  );
}

/** "indicators.2.points" → "指标 3 · 分值" for the summary. */
function whereText(t: ReturnType<typeof useT>, path: string): string {
  const m = /^body\.(indicators|rules)\.(\d+)\.?([a-zA-Z]*)/.exec(path);
  if (m) {
    const item = t(m[1] === 'indicators' ? 'ev.editor.indicatorNo' : 'ev.editor.ruleNo', {
      n: Number(m[2]) + 1,
    });
    return m[3] ? `${item} · ${t.dynamic(`ev.editor.field.${m[3]}`, m[3])}` : item;
  }
  const rule = /^body\.exclusions\.(\w+)/.exec(path)?.[1];
  if (rule) return `${t('ev.excl.title')} · ${t.dynamic(`ev.excl.field.${rule}`, rule)}`;
  const field = path.replace(/^body\./, '').split('.')[0] ?? path;
  return t.dynamic(`ev.editor.field.${field}`, field);
}
