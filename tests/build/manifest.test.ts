// Checks on what `npm run zip` produced: the manifests each browser gets and what the store zips hold.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { listZip } from './zip-entries';

const ROOT = path.resolve(import.meta.dirname, '../..');
const PKG = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const manifest = (build: string) =>
  JSON.parse(fs.readFileSync(path.join(ROOT, '.output', build, 'manifest.json'), 'utf8'));

// Every permission must be used by a feature; extending this list needs a reason in the commit.
const ALLOWED_PERMISSIONS = new Set(['storage', 'activeTab', 'scripting', 'contextMenus']);

for (const build of ['chrome-mv3', 'firefox-mv3']) {
  describe(`${build} manifest`, () => {
    const m = manifest(build);
    it('is MV3, named Sorot, described in the browser language', () => {
      assert.equal(m.manifest_version, 3);
      assert.equal(m.name, 'Sorot');
      assert.equal(m.description, '__MSG_extDescription__');
      for (const lang of ['en', 'id']) {
        const messages = JSON.parse(
          fs.readFileSync(path.join(ROOT, '.output', build, '_locales', lang, 'messages.json'), 'utf8'),
        );
        assert.ok(messages.extDescription.message.length > 20, `${lang} description`);
      }
    });
    it('asks only for permissions it uses and no host beyond infobrand.id', () => {
      for (const p of m.permissions ?? []) assert.ok(ALLOWED_PERMISSIONS.has(p), `unexpected permission ${p}`);
      for (const host of m.host_permissions ?? []) assert.equal(host, '*://*.infobrand.id/*');
      assert.equal(m.optional_host_permissions, undefined);
    });
    it('injects its content script on infobrand.id only', () => {
      assert.deepEqual(
        m.content_scripts.flatMap((c: { matches: string[] }) => c.matches),
        ['*://*.infobrand.id/*'],
      );
    });
    it('loads no remote code', () => {
      assert.equal(m.content_security_policy, undefined);
      const files = fs.readdirSync(path.join(ROOT, '.output', build), { recursive: true, encoding: 'utf8' });
      for (const file of files.filter((f) => /\.(js|html)$/.test(f))) {
        const code = fs.readFileSync(path.join(ROOT, '.output', build, file), 'utf8');
        assert.doesNotMatch(code, /<script[^>]+src=["']https?:/i, file);
        assert.doesNotMatch(code, /import\(\s*["']https?:/i, file);
      }
    });
    it('ships its icons', () => {
      for (const icon of Object.values(m.icons) as string[]) {
        assert.ok(fs.existsSync(path.join(ROOT, '.output', build, icon)), icon);
      }
    });
  });
}

describe('browser-specific keys', () => {
  it('gives Firefox its gecko id and data-collection declaration', () => {
    const gecko = manifest('firefox-mv3').browser_specific_settings.gecko;
    assert.match(gecko.id, /@/);
    assert.deepEqual(gecko.data_collection_permissions, { required: ['none'] });
  });
  it('keeps Firefox keys out of the Chrome manifest', () => {
    const chrome = manifest('chrome-mv3');
    assert.equal(chrome.browser_specific_settings, undefined);
    assert.equal(chrome.background.scripts, undefined);
    assert.equal(typeof chrome.background.service_worker, 'string');
  });
});

describe('store zips', () => {
  const zip = (suffix: string) => path.join(ROOT, '.output', `${PKG.name}-${PKG.version}-${suffix}.zip`);
  it('makes a zip per browser with the manifest at its root', () => {
    for (const suffix of ['chrome', 'firefox']) assert.ok(listZip(zip(suffix)).includes('manifest.json'), suffix);
  });
  it('makes a Firefox sources zip without tests, fixtures or benchmarks', () => {
    const entries = listZip(zip('sources'));
    assert.ok(entries.includes('package.json'));
    assert.ok(entries.includes('wxt.config.ts'));
    assert.ok(entries.some((e) => e.startsWith('core/')));
    for (const e of entries) assert.doesNotMatch(e, /^(tests|bench|docs|\.ci|node_modules|\.output)\//, e);
  });
});
