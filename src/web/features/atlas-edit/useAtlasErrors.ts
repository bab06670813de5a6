import { App, type FormInstance } from 'antd';
import { useCallback } from 'react';
import { useT } from '../../i18n/useT';
import { isApiError } from '../../lib/api';
import { applyFieldErrors, errorMessage, type FieldMap } from '../../lib/errors';

/** Names of the nodes a refusal lists (NODE_HAS_CHILDREN's `children`). */
export function childNamesOf(error: unknown): string[] {
  if (!isApiError(error)) return [];
  const children = error.params.children;
  if (!Array.isArray(children)) return [];
  return children.flatMap((c: unknown) =>
    c && typeof c === 'object' && 'name' in c && typeof c.name === 'string' ? [c.name] : [],
  );
}

/** The projects a refusal names (NODE_HAS_PROJECTS's `projectIds`). */
export function projectIdsOf(error: unknown): string[] {
  if (!isApiError(error)) return [];
  const ids = error.params.projectIds;
  return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
}

/**
 * Shows an atlas write error: someone else's change offers to reload the chain; field errors go on
 * the form; anything else (a retired system, a cycle) becomes a message. Returns the text shown.
 */
export function useAtlasErrors(onReload: () => void) {
  const t = useT();
  const { modal, message } = App.useApp();
  return useCallback(
    (error: unknown, form?: FormInstance, map?: FieldMap): string => {
      const text = errorMessage(t, error);
      if (isApiError(error, 'VERSION_CONFLICT')) {
        modal.confirm({
          title: t('ae.conflict.title'),
          content: t('ae.conflict.text'),
          okText: t('ae.conflict.reload'),
          cancelText: t('common.cancel'),
          onOk: onReload,
        });
        return text;
      }
      if (form) applyFieldErrors(t, form, error, map);
      void message.error(text);
      return text;
    },
    [t, modal, message, onReload],
  );
}
