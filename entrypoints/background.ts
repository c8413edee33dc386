import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { registerNoteMenu } from '../notes/note-menu';
import { startNotesSync } from '../notes/sync-runner';

export default defineBackground(() => {
  registerNoteMenu(browser.i18n.getMessage('menuAddNote'));
  startNotesSync();
});
