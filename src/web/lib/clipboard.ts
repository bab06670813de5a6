/**
 * Copies text to the clipboard. The async Clipboard API needs a secure context (HTTPS or
 * localhost); on a plain-HTTP intranet address the older selection-based copy is used instead.
 */
export async function copyText(text: string): Promise<void> {
  if (navigator.clipboard && window.isSecureContext) {
    await navigator.clipboard.writeText(text);
    return;
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  try {
    // The only way to copy outside a secure context; deprecated but still supported by browsers.
    if (!document.execCommand('copy')) throw new Error('copy refused');
  } finally {
    area.remove();
  }
}
