import { parseAccountKey } from '../core/accounts';
import type { Store } from '../core/state';
import { t, uiLocale } from '../popup/i18n';
import { type EvidenceRow, evidenceRows } from './rows';

function cell(doc: Document, text: string, tag: 'td' | 'th' = 'td'): HTMLElement {
  const el = doc.createElement(tag);
  el.textContent = text;
  return el;
}

/** A date and time as the interface's language writes it, with the exact UTC time beside it. */
function when(at: number): string {
  let local: string;
  try {
    local = new Date(at).toLocaleString(uiLocale(), { dateStyle: 'long', timeStyle: 'medium' });
  } catch {
    local = new Date(at).toLocaleString();
  }
  return `${local} (${new Date(at).toISOString().replace('.000Z', 'Z')})`;
}

/** How an entry was recorded: by the user, or what Objector saw on Meta's page, saying so when unprompted. */
export function howRecorded(r: Pick<EvidenceRow, 'source' | 'evidence' | 'unprompted'>): string {
  if (r.source === 'user') return t('evidenceSource_user');
  if (r.unprompted) return t('evidenceSource_unprompted');
  if (r.evidence === 'notification') return t('evidenceSource_notification');
  if (r.evidence === 'confirmation') return t('evidenceSource_confirmation');
  return t('evidenceSource_sent');
}

function row(doc: Document, r: EvidenceRow): HTMLTableRowElement {
  const tr = doc.createElement('tr');
  const { platform, id } = parseAccountKey(r.account);
  const url = doc.createElement('td');
  url.className = 'url';
  url.textContent = r.url ?? '—';
  tr.append(
    cell(doc, when(r.at)),
    cell(
      doc,
      t('evidenceAccount', t(`platform_${platform}`), r.accountName ?? '', id)
        .replace(/\s+/g, ' ')
        .trim(),
    ),
    cell(doc, t(`evidenceStep_${r.step}`)),
    cell(doc, t(`evidenceStatus_${r.status}`)),
    cell(doc, howRecorded(r)),
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
  h1.textContent = t('evidenceTitle');
  const intro = doc.createElement('p');
  intro.textContent = `${t('evidenceIntro', when(now))} ${t('evidenceHow')}`;
  root.append(h1, intro);
  if (rows.length === 0) {
    root.append(cell(doc, t('evidenceNone')));
    return;
  }
  const table = doc.createElement('table');
  const head = doc.createElement('tr');
  for (const key of ['When', 'Account', 'Request', 'Status', 'How', 'Url']) {
    head.append(cell(doc, t(`evidenceCol${key}`), 'th'));
  }
  const thead = doc.createElement('thead');
  thead.append(head);
  const tbody = doc.createElement('tbody');
  for (const r of rows) tbody.append(row(doc, r));
  table.append(thead, tbody);
  root.append(table);
}
