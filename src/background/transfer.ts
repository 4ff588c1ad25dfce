import type { AccountKey } from '../core/accounts';
import { type AccountRecord, EXPORT_FORMAT, type ExportFile, type HistoryEntry, type Store } from '../core/state';
import type { StepId } from '../core/steps';
import { migrate } from './migrate';

export function buildExport(store: Store, setAside: Record<string, unknown>, now: number): ExportFile {
  return { format: EXPORT_FORMAT, exportedAt: now, store, setAside };
}

/** An export file, or a bare store of any known version; the store inside, migrated, or why not. */
export function readImport(data: unknown): { ok: true; store: Store } | { ok: false; reason: string } {
  const inner =
    typeof data === 'object' && data !== null && (data as { format?: unknown }).format === EXPORT_FORMAT
      ? (data as { store?: unknown }).store
      : data;
  const migrated = migrate(inner);
  return migrated.ok ? { ok: true, store: migrated.store } : { ok: false, reason: migrated.reason };
}

/** An entry with every field it has, known or not, in a stable order: equal keys are the same entry. */
function entryKey(e: HistoryEntry): string {
  return JSON.stringify(Object.entries(e).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * Both histories in one, each keeping its own order, interleaved by time; an entry present in
 * both (same status, time, source, URL) appears once. Nothing else is dropped.
 */
export function mergeHistories(local: readonly HistoryEntry[], incoming: readonly HistoryEntry[]): HistoryEntry[] {
  const known = new Set(local.map(entryKey));
  const extra = incoming.filter((e) => !known.has(entryKey(e)));
  const merged: HistoryEntry[] = [];
  let i = 0;
  let j = 0;
  while (i < local.length || j < extra.length) {
    const a = local[i];
    const b = extra[j];
    if (a && (!b || a.at <= b.at)) {
      merged.push(a);
      i++;
    } else if (b) {
      merged.push(b);
      j++;
    }
  }
  return merged;
}

function mergeAccount(local: AccountRecord, incoming: AccountRecord): AccountRecord {
  const steps: AccountRecord['steps'] = { ...local.steps };
  for (const [step, history] of Object.entries(incoming.steps) as Array<[StepId, HistoryEntry[]]>) {
    steps[step] = mergeHistories(local.steps[step] ?? [], history);
  }
  return {
    ...incoming,
    ...local,
    name: local.name ?? incoming.name,
    firstSeen: Math.min(local.firstSeen, incoming.firstSeen),
    lastSeen: Math.max(local.lastSeen, incoming.lastSeen),
    steps,
  };
}

/** The local store with an imported one merged in: settings set here win, histories are united. */
export function mergeStores(local: Store, incoming: Store): Store {
  const accounts: Record<AccountKey, AccountRecord> = { ...local.accounts };
  for (const [key, record] of Object.entries(incoming.accounts)) {
    const mine = accounts[key];
    accounts[key] = mine ? mergeAccount(mine, record) : record;
  }
  const links = [...local.links];
  const linked = (a: AccountKey, b: AccountKey) => links.some(([x, y]) => (x === a && y === b) || (x === b && y === a));
  for (const [a, b] of incoming.links) if (!linked(a, b)) links.push([a, b]);
  // The incoming store's set-aside copies live on the other device; they are not imported.
  return {
    ...incoming,
    ...local,
    setAside: local.setAside,
    settings: { ...incoming.settings, ...definedOnly(local.settings) },
    accounts,
    links,
  };
}

function definedOnly<T extends object>(obj: T): Partial<T> {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined && v !== '')) as Partial<T>;
}
