/** The outcome of a write, as a value: the UI keeps the reader's text whenever `ok` is false. */
export type SaveResult =
  | { ok: true }
  | {
      /** Nothing was written. */
      ok: false;
      /** 'quota' when the browser's storage is full, else 'failed'. */
      reason: 'quota' | 'failed';
      /** The browser's own error text, for the details line. */
      message: string;
    };

/** Runs a write and turns a rejection into a SaveResult. */
export async function attempt(write: () => Promise<unknown>): Promise<SaveResult> {
  try {
    await write();
    return { ok: true };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: /quota/i.test(message) ? 'quota' : 'failed', message };
  }
}
