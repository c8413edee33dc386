// Imported first by the content script, so ES module order evaluates it before the extraction engine, whose tables
// take tens of milliseconds to build: the clock starts at the top of the bundle and the settings read (a round trip
// to the browser) overlaps that work instead of following it.
import { annotationSettings } from '../../settings/annotation-settings';

/** When the content script's first task began evaluating the bundle, as `performance.now()`. */
export const bundleStart = performance.mark('sorot:bundle').startTime;

/** The reader's settings as the content script found them on load. */
export const settingsOnLoad = annotationSettings.getValue();
