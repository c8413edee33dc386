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
 * The words of a block of front-coded tokens separated by blanks. The content script decodes the list on every
 * page load, before anything is compiled: one native split, then a few steps per token (no regular expression
 * per token, no loop over every character, which the interpreter runs slowly).
 */
export function frontDecode(block: string): string[] {
  const trimmed = block.trim();
  if (!trimmed) return [];
  const words = trimmed.split(/\s+/);
  let previous = '';
  for (let k = 0; k < words.length; k++) {
    const token = words[k] as string;
    let shared = 0;
    let j = 0;
    for (let c = token.charCodeAt(0); c >= 48 && c <= 57; c = token.charCodeAt(++j)) shared = shared * 10 + c - 48;
    previous = j > 0 ? previous.slice(0, shared) + token.slice(j) : token;
    words[k] = previous;
  }
  return words;
}
