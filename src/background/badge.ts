import type { AccountView } from '../core/view';

export interface BadgeState {
  text: string;
  color: string;
  /** A reminder for the tooltip when a submission waits too long for Meta's confirmation. */
  overdue: boolean;
}

const LEFT_COLOR = '#c2255c';
const OVERDUE_COLOR = '#b35c00';

/**
 * The badge for the account in front of the user: the number of steps left, empty when there is
 * no account or nothing left; "!" when nothing is left but a submission is overdue.
 */
export function badgeFor(account: AccountView | undefined): BadgeState {
  if (!account) return { text: '', color: LEFT_COLOR, overdue: false };
  const text = account.left > 0 ? String(account.left) : account.overdue ? '!' : '';
  return { text, color: account.overdue ? OVERDUE_COLOR : LEFT_COLOR, overdue: account.overdue };
}
