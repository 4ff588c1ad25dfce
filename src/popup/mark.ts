/** Name of the performance mark the popup sets once the checklist is on screen (read by scripts/bench-popup.ts). */
export const FIRST_VIEW_MARK = 'objector:first-view';
