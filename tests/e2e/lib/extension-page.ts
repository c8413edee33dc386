// Functions evaluated inside an extension page (popup.html), where the extension API is in the main world.
// They are serialised by the automation library, so they must not close over anything.

/** The slice of the extension API these functions use; Firefox has `browser`, Chromium `chrome` (both promise-based). */
interface ExtensionApi {
  tabs: { query(query: { url?: string }): Promise<{ id?: number }[]> };
  storage: { local: { get(keys: null): Promise<Record<string, unknown>>; set(items: object): Promise<void> } };
}

/** The tab id of the open tab at `url`, or -1. */
export async function queryTabId(url: string): Promise<number> {
  const g = globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi };
  const api = g.browser ?? g.chrome;
  return (await api.tabs.query({ url }))[0]?.id ?? -1;
}

/** Everything in the extension's storage.local. */
export async function readLocalStorage(): Promise<Record<string, unknown>> {
  const g = globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi };
  return (g.browser ?? g.chrome).storage.local.get(null);
}

/** Merges `items` into the extension's storage.local. */
export async function writeLocalStorage(items: Record<string, unknown>): Promise<void> {
  const g = globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi };
  await (g.browser ?? g.chrome).storage.local.set(items);
}
