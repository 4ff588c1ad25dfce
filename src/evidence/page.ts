import { parseAccountKey } from '../core/accounts';
import type { Store } from '../core/state';
import type { StepId } from '../core/steps';
import { type EvidenceRow, evidenceRows } from './rows';

const STEP_NAMES: Record<StepId, string> = {
  'fb-objection': 'Objection to AI training (Facebook form)',
  'ig-objection': 'Objection to AI training (Instagram form)',
  'third-party-data': 'Request about third-party information used for AI',
  'limit-public': 'Limit public posts',
  'meta-ai-chats': 'Delete Meta AI chats',
  'ask-others': 'Ask others to object',
};

const STATUS_NAMES: Record<string, string> = {
  submitted: 'Submitted',
  confirmed: 'Confirmed by Meta',
  rejected: 'Declined by Meta',
};

function cell(doc: Document, text: string, tag: 'td' | 'th' = 'td'): HTMLElement {
  const el = doc.createElement(tag);
  el.textContent = text;
  return el;
}

function when(at: number): string {
  const local = new Date(at).toLocaleString(undefined, { dateStyle: 'long', timeStyle: 'medium' });
  return `${local} (${new Date(at).toISOString().replace('.000Z', 'Z')})`;
}

function row(doc: Document, r: EvidenceRow): HTMLTableRowElement {
  const tr = doc.createElement('tr');
  const { platform, id } = parseAccountKey(r.account);
  const account = `${platform === 'facebook' ? 'Facebook' : 'Instagram'} ${r.accountName ? `${r.accountName} ` : ''}(id ${id})`;
  const url = doc.createElement('td');
  url.className = 'url';
  url.textContent = r.url ?? '—';
  tr.append(
    cell(doc, when(r.at)),
    cell(doc, account),
    cell(doc, STEP_NAMES[r.step]),
    cell(doc, STATUS_NAMES[r.status] ?? r.status),
    cell(doc, r.source === 'detected' ? 'Seen on Meta’s page by Objector' : 'Entered by the user'),
    url,
  );
  tr.dataset.account = r.account;
  tr.dataset.step = r.step;
  tr.dataset.status = r.status;
  return tr;
}

/** Renders the printable evidence page: every submission and confirmation, with time, account and URL. */
export function renderEvidence(doc: Document, root: HTMLElement, store: Store, now: number): void {
  const rows = evidenceRows(store);
  const h1 = doc.createElement('h1');
  h1.textContent = 'Objections to the use of my information for AI at Meta';
  const intro = doc.createElement('p');
  intro.textContent =
    `Record kept by the Objector browser extension on this device, printed ${when(now)}. ` +
    '"Seen on Meta’s page" means Objector saw Meta’s own success or confirmation screen at that time and address.';
  root.append(h1, intro);
  if (rows.length === 0) {
    const none = doc.createElement('p');
    none.textContent = 'No submission has been recorded yet.';
    root.append(none);
    return;
  }
  const table = doc.createElement('table');
  const head = doc.createElement('tr');
  for (const title of ['Date and time', 'Account', 'Request', 'Status', 'How it was recorded', 'Form address (URL)']) {
    head.append(cell(doc, title, 'th'));
  }
  const thead = doc.createElement('thead');
  thead.append(head);
  const tbody = doc.createElement('tbody');
  for (const r of rows) tbody.append(row(doc, r));
  table.append(thead, tbody);
  root.append(table);
}
