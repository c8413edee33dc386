import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // Real work (context menu, on-demand annotation) arrives with the popup and page issues.
});
