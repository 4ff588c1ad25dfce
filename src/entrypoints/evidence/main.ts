import { send } from '@/core/messaging';
import { renderEvidence } from '@/evidence/page';
import { localisePage, t } from '@/popup/i18n';

localisePage('evidencePageTitle');
const print = document.getElementById('print') as HTMLButtonElement;
print.textContent = t('evidencePrint');
print.addEventListener('click', () => window.print());
const root = document.getElementById('evidence') as HTMLElement;
try {
  const exported = await send({ type: 'export' });
  renderEvidence(document, root, exported.store, Date.now());
} catch (error) {
  (document.getElementById('error') as HTMLElement).textContent = t(
    'evidenceError',
    error instanceof Error ? error.message : String(error),
  );
}
