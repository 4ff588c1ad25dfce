// First import, so the view is read before the other modules evaluate.
import '@/popup/ask-early';
import { render } from 'preact';
import { takeEarlyView } from '@/popup/first-view';
import { localisePage } from '@/popup/i18n';
import { Popup } from '@/popup/Popup';
import '@/popup/popup.css';

// The popup in one classic script, loaded by popup.html (assets/public) with `defer`: a module graph costs the
// browser a round of file loads per level before the first line runs (see scripts/bench-popup.ts).
export default defineUnlistedScript(() => {
  localisePage('popupTitle');
  // The summary read takes a few milliseconds and never waits for the background: the first render
  // already holds the checklist. Without a summary the popup renders at once and asks the background.
  void takeEarlyView().then((view) => render(<Popup initial={view} />, document.getElementById('app') as HTMLElement));
});
