/**
 * Name of the performance mark the popup sets once the checklist is on screen (read by scripts/bench-popup.ts):
 * at the start of the animation frame that paints the checklist, the first one after it entered the document.
 */
export const FIRST_VIEW_MARK = 'objector:first-view';
/** Mark set when the popup's own script starts: the benchmark's figure without the page's own load. */
export const SCRIPT_START_MARK = 'objector:script-start';
