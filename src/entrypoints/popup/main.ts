import { startReads } from '@/popup/first-view';

// The first view's reads start before the interface (Preact, the schema, the checklist) loads, so the two wait
// for each other rather than one after the other.
const reads = startReads();
void import('@/popup/start').then(({ startPopup }) => startPopup(reads));
