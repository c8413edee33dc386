/**
 * `npm run -s extract -- [--jsonl] FILE...`: prints the facts of each .txt or .html file as JSON (one object per
 * file, or one line per file with --jsonl). An unreadable file gets one line on stderr and a non-zero exit code;
 * the other files are still processed.
 */
import { extract } from '../core/index';
import { publicExtraction } from './output';
import { readArticle } from './read-article';

async function main(args: readonly string[]): Promise<number> {
  const jsonl = args.includes('--jsonl');
  const files = args.filter((a) => a !== '--jsonl');
  if (files.length === 0) {
    process.stderr.write('usage: npm run -s extract -- [--jsonl] FILE...\n');
    return 2;
  }
  let failed = false;
  for (const file of files) {
    let text: string;
    try {
      text = await readArticle(file);
    } catch (error) {
      failed = true;
      const cause = error instanceof Error ? error.message : String(error);
      process.stderr.write(`${file}: ${cause}\n`);
      continue;
    }
    const result = { file, ...publicExtraction(extract(text)) };
    process.stdout.write(`${jsonl ? JSON.stringify(result) : JSON.stringify(result, null, 2)}\n`);
  }
  return failed ? 1 : 0;
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
