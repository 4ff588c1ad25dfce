import { askViewEarly } from './first-view';
import { SCRIPT_START_MARK } from './mark';

// Imported first by the popup entry: it starts reading the store's summary at once (and marks when, for the benchmark).
performance.mark(SCRIPT_START_MARK);
askViewEarly();
