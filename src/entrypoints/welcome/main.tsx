import { render } from 'preact';
import { localisePage } from '@/popup/i18n';
import { Welcome } from '@/popup/Welcome';
import '@/popup/popup.css';
import '@/popup/pages.css';

localisePage('welcomeTitle');
render(<Welcome />, document.getElementById('app') as HTMLElement);
