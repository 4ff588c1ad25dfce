declare const __OBJECTOR_ISSUE_TRACKER__: string | null;

/**
 * The project's public issue tracker: package.json's `bugs` (its one home), put in at build time; null
 * while the project has none, and then nothing links to one.
 */
export const ISSUE_TRACKER: string | null = __OBJECTOR_ISSUE_TRACKER__;
