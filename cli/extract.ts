/**
 * `npm run -s extract -- [--jsonl] FILE...`: prints the facts of each .txt or .html file as JSON (one object per
 * file, or one line per file with --jsonl). An unreadable file gets one line on stderr and a non-zero exit code;
 * the other files are still processed.
 */
import { run } from './run';

run(process.argv.slice(2), {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
}).then((code) => {
  process.exitCode = code;
});
