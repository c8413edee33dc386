/** True for the annotation toggle shortcut, Alt+Shift+S (by key position, so keyboard layouts do not matter). */
export function isToggleKey(e: KeyboardEvent): boolean {
  return e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyS';
}
