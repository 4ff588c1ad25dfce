// Prints where `npm run build` put the unpacked extensions and the store zips.
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';

const out = resolve(process.env.OBJECTOR_OUT ?? '.output');
const dirs = ['chrome-mv3', 'firefox-mv3', 'firefox-mv2'].filter((d) => existsSync(resolve(out, d, 'manifest.json')));
const zips = existsSync(out) ? readdirSync(out).filter((f) => f.endsWith('.zip')) : [];
console.log('\nObjector is built.');
for (const d of dirs) console.log(`  unpacked ${d.padEnd(12)} ${resolve(out, d)}`);
for (const z of zips) console.log(`  zip      ${z.padEnd(12)} ${resolve(out, z)}`);
console.log('\nChrome/Edge: chrome://extensions → Developer mode → "Load unpacked" → the chrome-mv3 folder.');
console.log('Firefox: about:debugging → This Firefox → "Load Temporary Add-on" → manifest.json in the firefox folder.');
console.log('See it work on the bundled replica pages, no Meta account needed: npm run demo\n');
