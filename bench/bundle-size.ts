// Prints every JavaScript bundle of both builds with its size raw and gzip (`npm run size`, after a build).
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = path.resolve(import.meta.dirname, '..');

/** One bundle's size. */
export interface BundleSize {
  /** Path relative to .output/. */
  file: string;
  /** Bytes on disk. */
  raw: number;
  /** Bytes after gzip -9, what a store download and a parse budget care about. */
  gzip: number;
}

/** The sizes of every .js file under .output/<build>. */
export function bundleSizes(build: string): BundleSize[] {
  const dir = path.join(ROOT, '.output', build);
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.js'))
    .sort()
    .map((f) => {
      const bytes = fs.readFileSync(path.join(dir, f));
      return { file: path.join(build, f), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    });
}

if (process.argv[1] === import.meta.filename) {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  for (const build of ['chrome-mv3', 'firefox-mv3']) {
    for (const b of bundleSizes(build))
      console.log(`${b.file.padEnd(48)} ${kb(b.raw).padStart(10)} raw ${kb(b.gzip).padStart(10)} gzip`);
  }
}
