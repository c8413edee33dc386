import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type AnnotationSettings, annotationSettings, DEFAULT_SETTINGS } from '../../settings/annotation-settings';

beforeEach(() => fakeBrowser.reset());

describe('annotationSettings', () => {
  it('starts from the defaults and keeps what is set', async () => {
    expect(await annotationSettings.getValue()).toEqual(DEFAULT_SETTINGS);
    const off: AnnotationSettings = { ...DEFAULT_SETTINGS, disabledSites: ['www.infobrand.id'], showDates: true };
    await annotationSettings.setValue(off);
    expect(await annotationSettings.getValue()).toEqual(off);
  });

  it('reads the value an older install stored under the same key', async () => {
    await fakeBrowser.storage.local.set({
      settings: { enabled: false, disabledSites: [], showPlaces: true, showDates: false },
      settings$: { v: 1 },
    });
    expect(await annotationSettings.getValue()).toEqual({
      enabled: false,
      disabledSites: [],
      showPlaces: true,
      showDates: false,
    });
  });

  it('gives each missing or damaged field its default and drops sites that are not names', async () => {
    await fakeBrowser.storage.local.set({
      settings: { enabled: 'yes', disabledSites: ['a.example', 7], showPlaces: true },
    });
    expect(await annotationSettings.getValue()).toEqual({
      ...DEFAULT_SETTINGS,
      disabledSites: ['a.example'],
      showPlaces: true,
    });
    await fakeBrowser.storage.local.set({ settings: 'garbage' });
    expect(await annotationSettings.getValue()).toEqual(DEFAULT_SETTINGS);
  });

  it('tells watchers about changes until they stop listening', async () => {
    const heard: AnnotationSettings[] = [];
    const stop = annotationSettings.watch((value) => heard.push(value));
    await annotationSettings.setValue({ ...DEFAULT_SETTINGS, enabled: false });
    await fakeBrowser.storage.local.set({ unrelated: 1 });
    stop();
    await annotationSettings.setValue(DEFAULT_SETTINGS);
    expect(heard).toEqual([{ ...DEFAULT_SETTINGS, enabled: false }]);
  });
});
