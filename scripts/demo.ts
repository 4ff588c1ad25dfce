// Loads the built extension into Chromium on the bundled replica pages and writes screenshots.
// Headed when a display exists (you can click around; close the window to end), headless otherwise.
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { launchWithExtension } from '../tests/e2e/browser';
import { serveReplicas } from '../tests/e2e/replicas';
import { DEMO_PAGES } from './demo-pages';

const outDir = resolve('demo-screenshots');
const headed = Boolean(process.env.DISPLAY) && !process.env.CI;

async function main(): Promise<void> {
  await mkdir(outDir, { recursive: true });
  const context = await launchWithExtension({ headless: !headed });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  await serveReplicas(context, Object.fromEntries(DEMO_PAGES.map((p) => [p.url, p.replica])));
  await context.addCookies([
    { name: 'c_user', value: '100001234567890', domain: '.facebook.com', path: '/', secure: true, sameSite: 'None' },
  ]);
  const page = await context.newPage();
  for (const { url, name } of DEMO_PAGES) {
    await page.goto(url);
    await page.waitForTimeout(500);
    const file = resolve(outDir, `${name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(`  ${file}`);
  }
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.waitForTimeout(500);
  await popup.screenshot({ path: resolve(outDir, 'popup.png') });
  console.log(`  ${resolve(outDir, 'popup.png')}`);
  if (headed) {
    console.log('\nThe browser stays open on the replica pages; close it to end the demo.');
    await new Promise((done) => context.on('close', done));
  } else {
    await context.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
