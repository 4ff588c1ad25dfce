import { askViewEarly } from './first-view';

// Imported first by the popup entry: its only effect is to start the get-view request at once.
askViewEarly();
