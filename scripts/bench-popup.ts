// Time from opening popup.html to its first useful view (the `objector:first-view` mark, set when the
// account checklist is on screen), on a realistic store: 10 accounts, 20 history entries per step.
// Run after a build: `npx wxt build && npx tsx scripts/bench-popup.ts` (or `npm run bench`).
// With OBJECTOR_POPUP_BASELINE=<an unpacked build> the same opens alternate with that build's popup, in one
// run, so the two figures are measured the same way at the same moments.
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import type { AccountKey } from '../src/core/accounts';
import type { AccountRecord, HistoryEntry, Store } from '../src/core/state';
import { STATUSES, STEP_IDS } from '../src/core/steps';
import { FIRST_VIEW_MARK, SCRIPT_START_MARK } from '../src/popup/mark';
import { EXTENSION_DIR, launchWithExtension } from '../tests/e2e/browser';
import { makeStore } from '../tests/e2e/seed';

const ACCOUNTS = 10;
const ENTRIES = 20;
const OPENS = Number(process.env.BENCH_OPENS ?? 20);
const DAY = 24 * 60 * 60 * 1000;

function history(seed: number): HistoryEntry[] {
  const start = Date.now() - 400 * DAY;
  return Array.from({ length: ENTRIES }, (_, i) => ({
    status: STATUSES[(seed + i) % STATUSES.length] ?? 'todo',
    at: start + i * 60 * 60 * 1000,
    source: i % 3 === 0 ? 'user' : 'detected',
    ...(i % 2 ? { url: 'https://www.facebook.com/help/contact/712876720715583?entry_point=bench' } : {}),
  }));
}

function benchStore(): Store {
  const accounts: Record<AccountKey, AccountRecord> = {};
  for (let n = 0; n < ACCOUNTS; n++) {
    const platform = n % 2 ? 'instagram' : 'facebook';
    const id = String(100001234567890 + n);
    accounts[`${platform}:${id}`] = {
      platform,
      id,
      name: `Bench account ${n}`,
      firstSeen: Date.now() - 400 * DAY,
      lastSeen: Date.now(),
      steps: Object.fromEntries(STEP_IDS.map((step, s) => [step, history(n + s)])),
    };
  }
  return makeStore({
    settings: { region: 'eu', email: 'bench@example.org' },
    accounts,
    links: [['facebook:100001234567890', 'instagram:100001234567891']],
  });
}

interface Build {
  label: string;
  context: BrowserContext;
  page: Page;
  url: string;
  cdp: CDPSession;
  full: { awake: number[]; stopped: number[] };
  script: { awake: number[]; stopped: number[] };
}

async function open(label: string, dir: string, storeVersion: number): Promise<Build> {
  const context = await launchWithExtension({ dir });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const url = `chrome-extension://${new URL(worker.url()).host}/popup.html`;
  // A baseline build may keep an older version of the store: the same data, in its format.
  await worker.evaluate((store) => chrome.storage.local.set({ objector: store }), {
    ...benchStore(),
    version: storeVersion,
  });
  await context.addCookies([
    { name: 'c_user', value: '100001234567890', domain: '.facebook.com', path: '/', secure: true, sameSite: 'None' },
  ]);
  const page = await context.newPage();
  await page.setViewportSize({ width: 380, height: 600 });
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  const build: Build = {
    label,
    context,
    page,
    url,
    cdp,
    full: { awake: [], stopped: [] },
    script: { awake: [], stopped: [] },
  };
  await firstView(build);
  return build;
}

/** Milliseconds from navigation start to the first-view mark, and from the popup script's start to it. */
async function firstView(build: Build): Promise<{ full: number; script: number }> {
  // Every toolbar click opens a new popup document: the previous one is unloaded first, outside the figure.
  await build.page.goto('about:blank');
  await build.page.goto(build.url);
  await build.page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, FIRST_VIEW_MARK);
  const [mark, start] = await build.page.evaluate(
    ([name, startName]) => [
      performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN,
      performance.getEntriesByName(startName)[0]?.startTime ?? Number.NaN,
    ],
    [FIRST_VIEW_MARK, SCRIPT_START_MARK] as const,
  );
  return { full: mark, script: mark - start };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.ceil(0.95 * xs.length) - 1] ?? Number.NaN;
const fmt = (xs: number[]) => `median ${median(xs).toFixed(1)} ms, p95 ${p95(xs).toFixed(1)} ms (n=${xs.length})`;

async function main(): Promise<void> {
  const builds = [await open('this build', EXTENSION_DIR, 3)];
  const baseline = process.env.OBJECTOR_POPUP_BASELINE;
  if (baseline)
    builds.push(await open(`baseline ${baseline}`, baseline, Number(process.env.OBJECTOR_BASELINE_STORE ?? 2)));
  // Interleaved: each round opens every build's popup with the background awake, then with it stopped
  // (the toolbar click often finds the service worker stopped).
  for (let i = 0; i < OPENS; i++) {
    for (const build of builds) {
      const awake = await firstView(build);
      build.full.awake.push(awake.full);
      build.script.awake.push(awake.script);
      await build.cdp.send('ServiceWorker.stopAllWorkers');
      const stopped = await firstView(build);
      build.full.stopped.push(stopped.full);
      build.script.stopped.push(stopped.script);
    }
  }
  console.log(`Popup first view, ${ACCOUNTS} accounts with ${ENTRIES} history entries per step (checklist on screen):`);
  for (const build of builds) {
    const shown = await build.page.locator('[data-account]').count();
    console.log(`  ${build.label} (${shown} accounts shown):`);
    console.log(`    background awake,   in full:                 ${fmt(build.full.awake)}`);
    console.log(`    background awake,   from the script's start: ${fmt(build.script.awake)}`);
    console.log(`    background stopped, in full:                 ${fmt(build.full.stopped)}`);
    console.log(`    background stopped, from the script's start: ${fmt(build.script.stopped)}`);
    await build.context.close();
  }
  const [mine, base] = builds;
  if (mine && base) {
    const diff = (pick: (b: Build) => number[]) => (median(pick(mine)) - median(pick(base))).toFixed(1);
    console.log(
      `  this build minus baseline, medians in full: awake ${diff((b) => b.full.awake)} ms, stopped ${diff((b) => b.full.stopped)} ms`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
