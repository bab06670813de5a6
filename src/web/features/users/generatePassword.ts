import { passwordProblems } from '../../../domain/auth/password-policy';

const SETS = ['ABCDEFGHJKLMNPQRSTUVWXYZ', 'abcdefghijkmnpqrstuvwxyz', '23456789', '!@#$%&*?'];

function randomInt(n: number): number {
  const buffer = new Uint32Array(1);
  crypto.getRandomValues(buffer);
  return (buffer[0] ?? 0) % n;
}

const pick = (set: string) => set.charAt(randomInt(set.length));

/** A random 12-character initial password that meets the policy (every class present, shuffled). */
export function generatePassword(username = ''): string {
  const all = SETS.join('');
  for (;;) {
    const chars = [...SETS.map(pick), ...Array.from({ length: 8 }, () => pick(all))];
    for (let i = chars.length - 1; i > 0; i--) {
      const j = randomInt(i + 1);
      const tmp = chars[i] ?? '';
      chars[i] = chars[j] ?? '';
      chars[j] = tmp;
    }
    const password = chars.join('');
    if (passwordProblems(password, username).length === 0) return password;
  }
}
