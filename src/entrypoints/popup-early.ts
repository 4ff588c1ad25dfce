import { startEarlyReads } from '@/popup/early-reads';

// Loaded by popup.html beside the popup's script, popup-main.js (see early-reads.ts).
export default defineUnlistedScript(() => {
  startEarlyReads();
});
