import { LIMITS } from '../limits';

export type PasswordProblem = 'too_short' | 'too_long' | 'too_few_classes' | 'contains_username';

/** Policy of the foundation issue: ≥ 8 characters and 3 of the 4 classes (lower, upper, digit, symbol). */
export function passwordProblems(password: string, username?: string): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  if ([...password].length < LIMITS.password.min) problems.push('too_short');
  if ([...password].length > LIMITS.password.max) problems.push('too_long');
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^a-zA-Z\d]/].filter((re) => re.test(password)).length;
  if (classes < 3) problems.push('too_few_classes');
  if (username && username.length >= 3 && password.toLowerCase().includes(username.toLowerCase())) {
    problems.push('contains_username');
  }
  return problems;
}
