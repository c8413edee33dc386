/**
 * Front coding for sorted lists of words without digits: each word is written as one digit, the number of leading
 * letters it shares with the word before it (at most 9), then the rest, with no blank between words
 * ("0abad3ng2u" = "abad abang abu"). The digit both counts and separates, so gzip packs the common-word list about
 * 1.5 KB smaller than as plain words, and the content script ships it.
 */

/** The longest prefix one digit can count. */
const MAX_SHARED = 9;

/** The front-coded tokens of `words`, in order (sort them first: neighbours then share the most). */
export function frontEncode(words: readonly string[]): string[] {
  let previous = '';
  return words.map((word) => {
    let shared = 0;
    while (shared < MAX_SHARED && shared < word.length && word[shared] === previous[shared]) shared++;
    previous = word;
    return `${shared}${word.slice(shared)}`;
  });
}

/**
 * The words of a run of front-coded tokens. The content script decodes the list on every page load, before
 * anything is compiled: one native split on the digits, then one step per token (no loop over every character,
 * which the interpreter runs slowly).
 */
export function frontDecode(block: string): string[] {
  // "0abad3ng" splits into ['', '0', 'abad', '3', 'ng']: each digit is followed by its rest.
  const parts = block.split(/(\d)/);
  const words: string[] = [];
  let previous = '';
  for (let k = 1; k < parts.length; k += 2) {
    previous = previous.slice(0, (parts[k] as string).charCodeAt(0) - 48) + parts[k + 1];
    words.push(previous);
  }
  return words;
}
