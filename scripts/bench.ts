// Content-script cost on a heavy synthetic Facebook feed, measured from outside the extension.
// Run: npm run bench (builds first). Prints each figure next to its target (issue #14); asserts nothing.
//
// - bundle: the content script every Facebook and Instagram page loads (meta.js) and its stylesheet
//   (evidence.css), raw and gzipped; forms.js runs on the form pages and the request portal only;
// - start, first scan and per batch: Chromium's trace, the content script's own calls (EvaluateScript and
//   FunctionCall events whose script is chrome-extension://). Start is the script's evaluation (it runs at
//   document_start); first scan is every call after it before the page's first new post (the browser
//   announces the links with URL evidence as they render); per batch sums the calls between two of the
//   page's mutation timers;
// - style: the trace's style recalculations (UpdateLayoutTree), with and without the extension: what the
//   stylesheet's selectors cost the page's rendering, which no script profile sees;
// - script time: Chromium's sampling profiler (100 µs) on the page; samples with a chrome-extension:// frame
//   on their stack count as the extension's, the rest as the page's (see shared/STACK.md);
// - the trace and the profile come from separate launches of the same page (see `measure`);
// - baselines, built with OBJECTOR_BENCH_BASELINE: `floor`, one MutationObserver that only reads every added
//   node (the least any script watching added nodes costs), and `noop`, a content script that does nothing
//   inside WXT's wrapper. Every configuration is launched in turn, round after round, so load drifts hit all
//   alike; ratios are per round, then the median.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { EXTENSION_DIR, launchWithExtension } from '../tests/e2e/browser';

const BASELINES = ['floor', 'noop'] as const;
type Baseline = (typeof BASELINES)[number];
const baselineOut = (name: Baseline) => resolve(`${process.env.OBJECTOR_OUT ?? '.output'}-${name}`);

const URL_UNDER_TEST = 'https://www.facebook.com/';
const INITIAL_POSTS = 500;
const BATCHES = 300;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

/** A feed that looks like Facebook's to the matcher: role=link/button everywhere, hrefs, nested spans. */
function feedPage(): string {
  const script = `
const feed = document.getElementById('feed');
let n = 0;
function post() {
  n += 1;
  const el = document.createElement('div');
  el.className = 'x1lliihq x1n2onr6';
  el.setAttribute('role', 'article');
  el.setAttribute('aria-posinset', String(n));
  let html = '<div class="x78zum5"><a class="x1i10hfl" role="link" href="/profile.php?id=' + n + '"><span class="x193iq5w"><span>Person ' + n + '</span></span></a>' +
    '<span class="xzsf02u"><a class="x1i10hfl" role="link" href="/story.php?id=' + n + '&amp;ref=feed"><span>' + (n % 59) + ' min</span></a></span></div>' +
    '<div dir="auto"><span>Post ' + n + ': I object to Mondays and know my right to object. Nothing to see here.</span></div>';
  for (let i = 0; i < 6; i++) html += '<div class="x1ja2u2z"><span><span class="x1s688f">Comment ' + i + '</span> <span>text of a comment that goes on</span></span></div>';
  html += '<div class="x1ja2u2z"><div role="button" tabindex="0"><span><span>Like</span></span></div><div role="button" tabindex="0"><span>Comment</span></div><div role="button" tabindex="0" aria-label="Send this to friends"><i></i></div></div>';
  if (n % 97 === 0) html += '<a class="x1i10hfl" role="link" href="https://www.facebook.com/privacy/genai/?notif_id=' + n + '&amp;ref=notif"><span>How you can object</span></a>';
  el.innerHTML = html;
  feed.append(el);
}
for (let i = 0; i < ${INITIAL_POSTS}; i++) post();
window.__nodes = document.getElementsByTagName('*').length;
window.__batches = 0;
window.__start = () => new Promise((done) => {
  const step = () => {
    post();
    window.__batches += 1;
    if (window.__batches >= ${BATCHES}) { setTimeout(done, 200); return; }
    setTimeout(step, 16);
  };
  setTimeout(step, 16);
});`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Facebook</title>
<style>body{font-family:Arial,sans-serif}.x1lliihq{margin:8px;padding:8px;background:#fff}</style></head>
<body><div id="mount_0_0_Bn"><div role="main"><div id="feed" role="feed" data-pagelet="FeedUnit"></div></div></div>
<script>${script}</script></body></html>`;
}

interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName?: string; lineNumber?: number; columnNumber?: number };
  children?: number[];
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  args?: { data?: { url?: string; stackTrace?: Array<{ url: string }> } };
}

interface RunResult {
  nodes: number;
  top: Array<[string, number]>;
  extensionMs: number;
  pageMs: number;
  startMs: number;
  firstScanMs: number;
  batchMs: number[];
  styleMs: number;
}

/** Extension and page script time from a sampling profile. */
function attribute(profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const isExtension = new Map<number, boolean>();
  const extensionOf = (id: number): boolean => {
    const known = isExtension.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const up = parent.get(id);
    const value =
      Boolean(node?.callFrame.url.startsWith('chrome-extension://')) || (up !== undefined && extensionOf(up));
    isExtension.set(id, value);
    return value;
  };
  let extension = 0;
  let page = 0;
  const hot = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const url = byId.get(id)?.callFrame.url ?? '';
    const name = byId.get(id)?.callFrame.functionName ?? '';
    const micros = profile.timeDeltas[i + 1] ?? profile.timeDeltas[i] ?? 0;
    if (extensionOf(id)) {
      extension += micros;
      // Line and column locate a function of the minified bundle (meta.js is one long line).
      const at = byId.get(id)?.callFrame;
      const frame = `${name || '(anonymous)'} ${url.split('/').pop()}${url ? `:${at?.lineNumber}:${at?.columnNumber}` : ''}`;
      hot.set(frame, (hot.get(frame) ?? 0) + micros);
    } else if (url || !['(idle)', '(program)', '(garbage collector)', '(root)'].includes(name)) page += micros;
  });
  const top = [...hot].sort((a, b) => b[1] - a[1]).slice(0, 6);
  return { extensionMs: extension / 1000, pageMs: page / 1000, top };
}

async function collectTrace(session: CDPSession, run: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  session.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await session.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: ['devtools.timeline'] },
  });
  await run();
  const complete = new Promise((done) => session.once('Tracing.tracingComplete', done));
  await session.send('Tracing.end');
  await complete;
  return events;
}

const fromExtension = (e: TraceEvent) => Boolean(e.args?.data?.url?.startsWith('chrome-extension://'));
const fromPage = (e: TraceEvent) => Boolean(e.args?.data?.url?.startsWith(URL_UNDER_TEST));
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** Start, first scan and per-batch time of the content script, and style time, from the trace's complete events. */
function phases(events: TraceEvent[]): Pick<RunResult, 'startMs' | 'firstScanMs' | 'batchMs' | 'styleMs'> {
  const complete = events.filter((e) => e.ph === 'X').sort((a, b) => a.ts - b.ts);
  const styleMs = sum(complete.filter((e) => e.name === 'UpdateLayoutTree').map((e) => (e.dur ?? 0) / 1000));
  const own = complete.filter((e) => fromExtension(e) && (e.name === 'EvaluateScript' || e.name === 'FunctionCall'));
  const starts = own.filter((e) => e.name === 'EvaluateScript');
  const calls = own.filter((e) => e.name === 'FunctionCall');
  // The page's own timer callbacks after the script started: each adds one post, so they bound the batches.
  const loaded = starts.at(-1)?.ts ?? 0;
  const posts = complete.filter((e) => e.name === 'FunctionCall' && fromPage(e) && e.ts > loaded).map((e) => e.ts);
  const firstPost = posts[0] ?? Number.POSITIVE_INFINITY;
  const ms = (e: TraceEvent) => (e.dur ?? 0) / 1000;
  const batchMs = posts.map((at, i) => {
    const end = posts[i + 1] ?? Number.POSITIVE_INFINITY;
    return sum(calls.filter((e) => e.ts >= at && e.ts < end).map(ms));
  });
  return {
    startMs: sum(starts.map(ms)),
    firstScanMs: sum(calls.filter((e) => e.ts > loaded && e.ts < firstPost).map(ms)),
    batchMs,
    styleMs,
  };
}

type Mode = 'profile' | 'trace';

/**
 * One launch: `profile` samples the page's and the extension's script time (the ratio), `trace` records
 * the content script's calls (start, first scan, batches). Never both at once: the sampling profiler
 * records every function V8 compiles, which inflates a content script's cold start several times over.
 */
async function measure(mode: Mode, withExtension: boolean, dir?: string): Promise<Partial<RunResult>> {
  const context: BrowserContext = await launchWithExtension({ extension: withExtension, ...(dir ? { dir } : {}) });
  try {
    const html = feedPage();
    await context.route('**/*', (route) =>
      route.request().url().startsWith(URL_UNDER_TEST) && route.request().resourceType() === 'document'
        ? route.fulfill({ contentType: 'text/html; charset=utf-8', body: html })
        : route.fulfill({ status: 404, body: '' }),
    );
    const page: Page = await context.newPage();
    const session = await context.newCDPSession(page);
    const load = async () => {
      await page.goto(URL_UNDER_TEST, { waitUntil: 'load' });
      await page.bringToFront();
      // The floor and no-op scripts start at document_idle: give every script time to start before the feed grows.
      await page.waitForTimeout(700);
      await page.evaluate(() => (window as unknown as { __start: () => Promise<void> }).__start());
    };
    if (mode === 'trace') {
      const events = await collectTrace(session, load);
      const nodes = await page.evaluate(() => (window as unknown as { __nodes: number }).__nodes);
      return { nodes, ...phases(events) };
    }
    await session.send('Profiler.enable');
    await session.send('Profiler.setSamplingInterval', { interval: 100 });
    await session.send('Profiler.start');
    await load();
    const { profile } = (await session.send('Profiler.stop')) as { profile: Parameters<typeof attribute>[0] };
    return attribute(profile);
  } finally {
    await context.close();
  }
}

const median = (xs: number[]) => quantile(xs, 0.5);
function quantile(xs: number[], q: number): number {
  if (xs.length === 0) return Number.NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}
const ms = (x: number) => `${x.toFixed(3)} ms`;

const gzipKb = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length / 1024;
const rawKb = (file: string) => readFileSync(file).length / 1024;

function buildBaseline(name: Baseline): string {
  execFileSync('npx', ['wxt', 'build'], {
    env: { ...process.env, OBJECTOR_OUT: baselineOut(name), OBJECTOR_BENCH_BASELINE: name },
    stdio: 'ignore',
  });
  return join(baselineOut(name), 'chrome-mv3');
}

async function main(): Promise<void> {
  const meta = join(EXTENSION_DIR, 'content-scripts', 'meta.js');
  const css = join(EXTENSION_DIR, 'content-scripts', 'evidence.css');
  const forms = join(EXTENSION_DIR, 'content-scripts', 'forms.js');
  console.log(
    `content script (every Facebook and Instagram page): ${rawKb(meta).toFixed(1)} KB raw, ${gzipKb(meta).toFixed(1)} KB gzipped; its stylesheet ${rawKb(css).toFixed(1)} KB`,
  );
  console.log(
    `form pages' script (help-contact forms and the request portal only): ${rawKb(forms).toFixed(1)} KB raw, ${gzipKb(forms).toFixed(1)} KB gzipped`,
  );
  const dirs = Object.fromEntries(BASELINES.map((name) => [name, buildBaseline(name)])) as Record<Baseline, string>;
  const runs: Record<'objector' | 'without' | Baseline, RunResult[]> = {
    objector: [],
    without: [],
    floor: [],
    noop: [],
  };
  // Each launch profiled for the script time, then traced for the phases; interleaved so load drifts hit all alike.
  const both = async (extension: boolean, dir?: string) =>
    ({ ...(await measure('profile', extension, dir)), ...(await measure('trace', extension, dir)) }) as RunResult;
  for (let i = 0; i < RUNS; i++) {
    runs.without.push(await both(false));
    runs.objector.push(await both(true));
    for (const name of BASELINES) runs[name].push(await both(true, dirs[name]));
  }
  const { objector, floor, noop, without } = runs;
  console.log(
    `page: ${objector[0]?.nodes} elements at load, then ${BATCHES} mutation batches (one post each); ${RUNS} launches each way, interleaved; load average ${loadavg()[0]?.toFixed(2)}`,
  );
  const each = (list: RunResult[], pick: (r: RunResult) => number) => median(list.map(pick));
  /** Per round: the same round's launches of two configurations, divided; then the median of the rounds. */
  const perRound = (a: RunResult[], b: RunResult[], pick: (r: RunResult) => number) =>
    median(a.map((r, i) => pick(r) / pick(b[i] as RunResult)));
  const overhead = (list: RunResult[]) => median(list.map((r) => (r.pageMs + r.extensionMs) / r.pageMs));
  console.log(
    `start (evaluation at document_start: module, WXT wrapper, setup), median: ${ms(each(objector, (r) => r.startMs))}; floor observer ${ms(each(floor, (r) => r.startMs))}; no-op script ${ms(each(noop, (r) => r.startMs))}`,
  );
  console.log(
    `first scan (every call after start, before the page's first new post), median: ${ms(each(objector, (r) => r.firstScanMs))}; floor observer ${ms(each(floor, (r) => r.firstScanMs))}`,
  );
  const batches = objector.flatMap((r) => r.batchMs);
  const floorBatches = floor.flatMap((r) => r.batchMs);
  const busy = batches.filter((b) => b > 0).length;
  console.log(
    `per batch (all calls between two mutations, ${batches.length} batches): median ${ms(median(batches))}, p95 ${ms(quantile(batches, 0.95))}, batches in which any Objector code ran: ${busy}; floor observer median ${ms(median(floorBatches))}, p95 ${ms(quantile(floorBatches, 0.95))}`,
  );
  console.log(
    `script time, medians: Objector ${ms(each(objector, (r) => r.extensionMs))}, floor observer ${ms(each(floor, (r) => r.extensionMs))}, no-op script ${ms(each(noop, (r) => r.extensionMs))}; page ${ms(each(objector, (r) => r.pageMs))} (without the extension ${ms(each(without, (r) => r.pageMs))})`,
  );
  console.log(
    `Objector's script time / the floor's, median of rounds: ${perRound(objector, floor, (r) => r.extensionMs).toFixed(3)}× (target ≤ 1.0×)`,
  );
  console.log(
    `overhead ratio (page + extension) / page, median of launches: Objector ${overhead(objector).toFixed(4)} (target < 1.02); floor observer ${overhead(floor).toFixed(4)}; no-op script ${overhead(noop).toFixed(4)}`,
  );
  console.log(
    `style recalculation, medians: with Objector ${ms(each(objector, (r) => r.styleMs))}, without the extension ${ms(each(without, (r) => r.styleMs))}, floor observer ${ms(each(floor, (r) => r.styleMs))}; with / without per round ${perRound(objector, without, (r) => r.styleMs).toFixed(3)}×`,
  );
  const top = objector[0]?.top.map(([f, us]) => `${f} ${(us / 1000).toFixed(1)} ms`).join(', ');
  console.log(`where the extension's samples were (self time, first launch): ${top}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
