import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { Window } from 'happy-dom';
import { articleText } from '../page/article-text';

/** True when the bytes look like a binary file (a NUL byte early on), which has no article text. */
function isBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

/**
 * The article text of a file: a .txt as it is (first line the title), a .html page through the same detection as
 * the content script (scripts are never run). Empty string for binary files or pages that are not articles.
 * Throws when the file cannot be read.
 */
export async function readArticle(path: string): Promise<string> {
  const bytes = await readFile(path);
  if (isBinary(bytes)) return '';
  const text = new TextDecoder('utf-8').decode(bytes);
  const ext = extname(path).toLowerCase();
  return ext === '.html' || ext === '.htm' ? htmlArticle(text) : text;
}

async function htmlArticle(html: string): Promise<string> {
  const window = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
        disableFallbackToSetURL: true,
      },
    },
  });
  try {
    window.document.write(html);
    return articleText(window.document as unknown as Document) ?? '';
  } finally {
    await window.happyDOM.close();
  }
}
