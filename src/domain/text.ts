/** Full-width ASCII (０-９, Ａ-Ｚ, ，．／ …) and the ideographic space to their half-width forms. */
export function toHalfWidth(s: string): string {
  return s
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');
}
