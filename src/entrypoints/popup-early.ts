import { startEarlyReads } from '@/popup/early-reads';

// Loaded by popup.html before its modules (see early-reads.ts).
export default defineUnlistedScript(() => {
  startEarlyReads();
});
