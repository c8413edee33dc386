import { storage } from '@wxt-dev/storage';

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

/** The stored settings; bump `version` and add a migration whenever the shape changes. */
export const annotationSettings = storage.defineItem<AnnotationSettings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

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
