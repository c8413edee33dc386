/**
 * Front coding for sorted lists of words without digits: each word is written as the number of leading letters it
 * shares with the word before it, then the rest ("abad 3ng 2u" = "abad abang abu"). Gzip packs the common-word list
 * about 1 KB smaller this way than as plain words, and the content script ships it.
 */

/** The front-coded tokens of `words`, in order (sort them first: neighbours then share the most). */
export function frontEncode(words: readonly string[]): string[] {
  let previous = '';
  return words.map((word) => {
    let shared = 0;
    while (shared < word.length && word[shared] === previous[shared]) shared++;
    previous = word;
    return shared ? `${shared}${word.slice(shared)}` : word;
  });
}

/**
 * The words of a block of front-coded tokens separated by spaces or line breaks. One pass over the characters, no
 * regular expression and no intermediate arrays: the content script decodes the list on every page load, before
 * anything is compiled.
 */
export function frontDecode(block: string): string[] {
  const words: string[] = [];
  let previous = '';
  const n = block.length;
  let i = 0;
  while (i < n) {
    let c = block.charCodeAt(i);
    if (c <= 32) {
      i++;
      continue;
    }
    let shared = 0;
    while (c >= 48 && c <= 57) {
      shared = shared * 10 + c - 48;
      c = block.charCodeAt(++i);
    }
    const start = i;
    while (i < n && block.charCodeAt(i) > 32) i++;
    previous = previous.slice(0, shared) + block.slice(start, i);
    words.push(previous);
  }
  return words;
}
