import { startBackground } from '@/background';
import { openWelcomeOnInstall } from '@/background/welcome';

export default defineBackground(() => {
  startBackground();
  openWelcomeOnInstall();
});
