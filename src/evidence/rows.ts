import type { AccountKey } from '../core/accounts';
import type { Evidence, Store } from '../core/state';
import type { Status, StepId } from '../core/steps';

export interface EvidenceRow {
  at: number;
  account: AccountKey;
  accountName?: string;
  step: StepId;
  status: Status;
  source: 'detected' | 'user';
  /** What Objector saw, for a detected entry; `unprompted`: a confirmation with no submission before it. */
  evidence?: Evidence;
  unprompted?: boolean;
  url?: string;
}

/** What counts as evidence of an objection: Meta's success screen, its confirmation, or its refusal. */
const EVIDENCE: ReadonlySet<Status> = new Set<Status>(['submitted', 'confirmed', 'rejected']);

/** Every recorded submission, confirmation and refusal, of every account, oldest first. */
export function evidenceRows(store: Store): EvidenceRow[] {
  const rows: EvidenceRow[] = [];
  for (const [account, record] of Object.entries(store.accounts)) {
    for (const [step, history] of Object.entries(record.steps) as Array<
      [StepId, Store['accounts'][string]['steps'][StepId]]
    >) {
      for (const entry of history ?? []) {
        if (!EVIDENCE.has(entry.status) || entry.undo) continue;
        rows.push({
          at: entry.at,
          account,
          step,
          status: entry.status,
          source: entry.source,
          ...(entry.evidence ? { evidence: entry.evidence } : {}),
          ...(entry.unprompted ? { unprompted: true } : {}),
          ...(record.name ? { accountName: record.name } : {}),
          ...(entry.url ? { url: entry.url } : {}),
        });
      }
    }
  }
  return rows.sort((a, b) => a.at - b.at);
}
