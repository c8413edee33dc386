import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

/** Looks up a UI string by its key in public/_locales, with $1…$9 replaced by `subs`. */
export type Translate = (key: string, ...subs: Array<string | number>) => string;

/** What every view needs to speak the reader's language. */
export interface I18n {
  /** The message lookup. */
  t: Translate;
  /** BCP 47 tag for numbers and dates ("id", "en"). */
  locale: string;
}

/** A messages.json object: key → { message }. */
export type Messages = Record<string, { message: string }>;

/** A Translate over one messages.json (tests; the extension pages ask the browser's own i18n API). */
export function translatorFor(messages: Messages): Translate {
  return (key, ...subs) =>
    (messages[key]?.message ?? key).replace(/\$(\d)/g, (_, n: string) => String(subs[Number(n) - 1] ?? ''));
}

/** The current language; entrypoints provide it, views read it with `useI18n()`. */
export const I18nContext = createContext<I18n>({ t: (key) => key, locale: 'en' });

/** The current Translate and locale. */
export function useI18n(): I18n {
  return useContext(I18nContext);
}

/** A date/time in the reader's locale, short form ("14 Okt 2025 10.30"). */
export function formatTime(epochMs: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(epochMs);
}
