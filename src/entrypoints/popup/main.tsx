// First import, so the view is asked for before the other modules evaluate and before the first render.
import '@/popup/ask-early';
import { render } from 'preact';
import { localisePage } from '@/popup/i18n';
import { Popup } from '@/popup/Popup';
import '@/popup/popup.css';

localisePage('popupTitle');
render(<Popup />, document.getElementById('app') as HTMLElement);
