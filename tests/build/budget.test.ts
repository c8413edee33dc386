// Size budgets of the built bundles: the content script runs on every article view.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { bundleSizes } from '../../bench/bundle-size';

const CONTENT_SCRIPT_GZIP_BUDGET = 60 * 1024;

for (const build of ['chrome-mv3', 'firefox-mv3']) {
  it(`${build} content script stays within 60 KB gzip, Preact and the gazetteer included`, () => {
    const content = bundleSizes(build).find((b) => b.file.endsWith('content-scripts/content.js'));
    assert.ok(content, 'no content script in the build');
    assert.ok(content.gzip <= CONTENT_SCRIPT_GZIP_BUDGET, `${content.gzip} bytes gzip`);
  });
}

for (const build of ['chrome-mv3', 'firefox-mv3']) {
  it(`${build} content script calls the browser's own API; the background keeps webextension-polyfill`, () => {
    // The polyfill's signature: it refuses to load outside an extension with this message.
    const marker = 'This script should only be loaded in a browser extension';
    const read = (file: string) => readFileSync(join('.output', build, file), 'utf8');
    assert.ok(!read('content-scripts/content.js').includes(marker), 'the polyfill is back in the content script');
    assert.ok(read('background.js').includes(marker), 'the background lost the polyfill');
  });
}

for (const build of ['chrome-mv3', 'firefox-mv3']) {
  it(`${build} content script asks V8 to compile every function on load`, () => {
    const code = readFileSync(join('.output', build, 'content-scripts/content.js'), 'utf8');
    // V8 looks for the hint at the top of the file.
    assert.ok(code.startsWith('//# allFunctionsCalledOnLoad\n'), 'the compile hint is not the first line');
  });
}
