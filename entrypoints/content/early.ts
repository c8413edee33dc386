// Imported first by the content script, so ES module order evaluates it before the extraction engine: the clock
// starts at the top of the bundle, and the settings read (a round trip to the browser) overlaps the engine's
// evaluation and the task that builds its tables instead of following them.
import { annotationSettings } from '../../settings/annotation-settings';

// Where the bench's "bundle start" clock begins.
performance.mark('sorot:bundle');

/** The reader's settings as the content script found them on load. */
export const settingsOnLoad = annotationSettings.getValue();
