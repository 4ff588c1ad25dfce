import { render } from 'preact';
import { localisePage } from '@/popup/i18n';
import { Report } from '@/popup/Report';
import '@/popup/popup.css';
import '@/popup/pages.css';

localisePage('reportTitle');
const tab = Number(new URLSearchParams(location.search).get('tab'));
render(<Report tab={Number.isInteger(tab) && tab >= 0 ? tab : null} />, document.getElementById('app') as HTMLElement);
