import { render } from 'preact';
import { localisePage } from '@/popup/i18n';
import { Settings } from '@/popup/Settings';
import '@/popup/popup.css';
import '@/popup/pages.css';

localisePage('settingsTitle');
render(<Settings />, document.getElementById('app') as HTMLElement);
