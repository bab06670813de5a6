import { Button, Space } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../i18n/useT';

type Props = {
  onCancel: () => void;
  onSubmit: () => void;
  loading: boolean;
  submitTestId: string;
  /** The submit button's text; "保存" by default. */
  submitLabel?: ReactNode;
  size?: 'large' | 'middle';
};

/** The cancel / submit footer every form drawer uses. */
export function FormDrawerFooter({
  onCancel,
  onSubmit,
  loading,
  submitTestId,
  submitLabel,
  size = 'middle',
}: Props) {
  const t = useT();
  return (
    <Space style={{ width: '100%', justifyContent: 'flex-end' }}>
      <Button onClick={onCancel} size={size}>
        {t('common.cancel')}
      </Button>
      <Button type="primary" size={size} loading={loading} onClick={onSubmit} data-testid={submitTestId}>
        {submitLabel ?? t('common.save')}
      </Button>
    </Space>
  );
}
