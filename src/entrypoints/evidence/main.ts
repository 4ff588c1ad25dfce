import type { ExportFile } from '@/background/transfer';
import type { Reply } from '@/core/messages';
import { browser } from '@/core/native-browser';
import { renderEvidence } from '@/evidence/page';

document.getElementById('print')?.addEventListener('click', () => window.print());
const reply = (await browser.runtime.sendMessage({ type: 'export' })) as Reply<ExportFile> | undefined;
const root = document.getElementById('evidence') as HTMLElement;
if (reply?.ok) renderEvidence(document, root, reply.value.store, Date.now());
else (document.getElementById('error') as HTMLElement).textContent = reply?.ok === false ? reply.error : 'No answer';
