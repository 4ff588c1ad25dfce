import { render } from 'preact';
import { readFirstView } from '@/popup/first-view';
import { localisePage } from '@/popup/i18n';
import { SCRIPT_START_MARK } from '@/popup/mark';
import { Popup } from '@/popup/Popup';
import '@/popup/popup.css';

performance.mark(SCRIPT_START_MARK);
localisePage('popupTitle');
void readFirstView()
  .catch(() => null)
  .then((view) => render(<Popup initial={view} />, document.getElementById('app') as HTMLElement));
