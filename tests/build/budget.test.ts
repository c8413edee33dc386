// Size budgets of the built bundles: the content script runs on every article view.
import assert from 'node:assert/strict';
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
