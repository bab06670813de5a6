import { App } from 'antd';
import { useCallback } from 'react';
import { useT } from '../../i18n/useT';
import { isApiError } from '../../lib/api';
import { applyFieldErrors, errorMessage, type FieldMap } from '../../lib/errors';
import type { FormInstance } from 'antd';

/**
 * Shows a write error: VERSION_CONFLICT opens a dialog offering to reload the project; field
 * errors go onto the form; anything else becomes a message. Returns true for a conflict.
 */
export function useWriteErrorHandler(onReload: () => void) {
  const t = useT();
  const { modal, message } = App.useApp();
  return useCallback(
    (error: unknown, form?: FormInstance, map?: FieldMap) => {
      if (isApiError(error, 'VERSION_CONFLICT')) {
        modal.confirm({
          title: t('project.conflictTitle'),
          content: t('error.VERSION_CONFLICT'),
          okText: t('project.conflictReload'),
          cancelText: t('common.cancel'),
          onOk: onReload,
        });
        return true;
      }
      if (form) applyFieldErrors(t, form, error, map);
      void message.error(errorMessage(t, error));
      return false;
    },
    [t, modal, message, onReload],
  );
}
