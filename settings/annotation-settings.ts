import { browser } from 'wxt/browser';

/** The reader's choices about what Sorot annotates, kept in browser.storage.local. */
export interface AnnotationSettings {
  /** False turns annotation off on every site. */
  enabled: boolean;
  /** Hostnames ("www.infobrand.id") where the reader turned annotation off. */
  disabledSites: string[];
  /** True also highlights places (cities, provinces, countries). */
  showPlaces: boolean;
  /** True also highlights dates. */
  showDates: boolean;
}

/** What a new install starts with: annotate everywhere, entities and figures only. */
export const DEFAULT_SETTINGS: AnnotationSettings = {
  enabled: true,
  disabledSites: [],
  showPlaces: false,
  showDates: false,
};

/** The storage.local key of the settings (the key @wxt-dev/storage's "local:settings" item used: old installs keep theirs). */
const KEY = 'settings';

/** The stored value read as settings: a field that is missing or of the wrong type takes its default. */
function readSettings(value: unknown): AnnotationSettings {
  const v = (value && typeof value === 'object' ? value : {}) as Partial<Record<keyof AnnotationSettings, unknown>>;
  const flag = (key: 'enabled' | 'showPlaces' | 'showDates') =>
    typeof v[key] === 'boolean' ? (v[key] as boolean) : DEFAULT_SETTINGS[key];
  const sites = Array.isArray(v.disabledSites) ? v.disabledSites.filter((h) => typeof h === 'string') : [];
  return {
    enabled: flag('enabled'),
    disabledSites: sites,
    showPlaces: flag('showPlaces'),
    showDates: flag('showDates'),
  };
}

/**
 * The stored settings, on storage.local directly rather than through @wxt-dev/storage: that library is 3 KB gzip of
 * the content script's 60 KB budget for this one small item, which needs no migrations (`readSettings` takes any
 * older or damaged shape). A shape change that defaults cannot express gets a new key.
 */
export const annotationSettings = {
  /** The current settings (the defaults on a new install). */
  async getValue(): Promise<AnnotationSettings> {
    return readSettings((await browser.storage.local.get(KEY))[KEY]);
  },
  /** Stores new settings; every watcher in every extension context hears of it. */
  async setValue(value: AnnotationSettings): Promise<void> {
    await browser.storage.local.set({ [KEY]: value });
  },
  /** Calls `listener` with the settings after each change; returns the function that stops listening. */
  watch(listener: (value: AnnotationSettings) => void): () => void {
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && KEY in changes) listener(readSettings(changes[KEY]?.newValue));
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  },
};

/** True when annotation is on for pages of `hostname` under these settings. */
export function isEnabledFor(settings: AnnotationSettings, hostname: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(hostname);
}

/**
 * The settings after the reader toggles annotation for `hostname` (the keyboard shortcut): off adds the site to
 * `disabledSites`; on removes it and, when annotation was off everywhere, turns it back on globally.
 */
export function toggleSite(settings: AnnotationSettings, hostname: string): AnnotationSettings {
  if (isEnabledFor(settings, hostname)) return { ...settings, disabledSites: [...settings.disabledSites, hostname] };
  return { ...settings, enabled: true, disabledSites: settings.disabledSites.filter((h) => h !== hostname) };
}
