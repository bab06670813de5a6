import { Button, Input, Space, Tag } from 'antd';
import { useT } from '../../i18n/useT';

/** What happens to a robot's DingTalk 加签 secret when the form is saved. */
export type SecretMode = 'keep' | 'replace' | 'clear';

type Props = {
  /** Whether the robot already has a secret (it is never shown). */
  hasSecret: boolean;
  mode: SecretMode;
  onMode: (mode: SecretMode) => void;
  value?: string;
  onChange?: (value: string) => void;
};

/**
 * The write-only secret: a new robot (or one without a secret) types it; an existing one shows
 * 已设置 with 更换 (type a new one) and 清除 (remove it on save), either undoable before saving.
 */
export function SecretField({ hasSecret, mode, onMode, value, onChange }: Props) {
  const t = useT();
  const input = (
    <Input.Password
      value={value}
      onChange={(e) => onChange?.(e.target.value)}
      placeholder={t('nf.field.secretPlaceholder')}
      autoComplete="new-password"
      maxLength={200}
      data-testid="webhook-secret"
    />
  );
  if (!hasSecret) return input;
  if (mode === 'replace') {
    return (
      <Space.Compact style={{ width: '100%' }}>
        {input}
        <Button onClick={() => onMode('keep')} data-testid="webhook-secret-undo">
          {t('nf.field.secretUndo')}
        </Button>
      </Space.Compact>
    );
  }
  return (
    <Space wrap data-testid="webhook-secret-state" data-mode={mode}>
      {mode === 'clear' ? (
        <Tag color="orange">{t('nf.field.secretCleared')}</Tag>
      ) : (
        <Tag color="green">{t('nf.field.secretSet')}</Tag>
      )}
      {mode === 'keep' ? (
        <>
          <Button size="small" onClick={() => onMode('replace')} data-testid="webhook-secret-replace">
            {t('nf.field.secretReplace')}
          </Button>
          <Button size="small" danger onClick={() => onMode('clear')} data-testid="webhook-secret-clear">
            {t('nf.field.secretClear')}
          </Button>
        </>
      ) : (
        <Button size="small" onClick={() => onMode('keep')} data-testid="webhook-secret-undo">
          {t('nf.field.secretUndo')}
        </Button>
      )}
    </Space>
  );
}
