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

/** The words of a whitespace-separated block of front-coded tokens. */
export function frontDecode(block: string): string[] {
  let previous = '';
  return block
    .split(/\s+/)
    .filter(Boolean)
    .map((token) => {
      const [, shared = '', rest = ''] = /^(\d*)(.*)$/.exec(token) ?? [];
      previous = previous.slice(0, Number(shared)) + rest;
      return previous;
    });
}
