// Runs the e2e suites, one browser at a time, after checking that the browsers and the builds are there.
// A missing browser fails loudly with the Debian package to install: e2e never skips silently.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const browsers = [
  { name: 'chromium', binary: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', pkg: 'chromium', build: 'chrome-mv3' },
  {
    name: 'firefox',
    binary: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    pkg: 'firefox-esr',
    build: 'firefox-mv3',
  },
];
const wanted = (process.env.E2E_BROWSERS ?? 'chromium,firefox').split(',');
const selected = browsers.filter((b) => wanted.includes(b.name));

const problems = [];
for (const b of selected) {
  if (!fs.existsSync(b.binary)) {
    problems.push(`${b.name} not found at ${b.binary}: install Debian's package with \`apt-get install -y ${b.pkg}\``);
  }
  if (!fs.existsSync(path.join(root, '.output', b.build, 'manifest.json'))) {
    problems.push(`no .output/${b.build} build: run \`npm run build\` first`);
  }
}
if (problems.length > 0) {
  for (const p of problems) console.error(`e2e: ${p}`);
  process.exit(1);
}

const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : fs
      .readdirSync(path.join(root, 'tests/e2e'))
      .filter((f) => f.endsWith('.e2e.ts'))
      .sort()
      .map((f) => path.join('tests/e2e', f));

let failed = false;
const times = [];
for (const b of selected) {
  const t0 = Date.now();
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', ...files], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, E2E_BROWSERS: b.name },
  });
  times.push(`${b.name} ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  if (run.status !== 0) failed = true;
}
console.log(`e2e wall time: ${times.join(', ')}`);
process.exit(failed ? 1 : 0);
