import type { PopupView } from '../core/view';
import { t, uiLocale } from './i18n';
import { formatWhen } from './view-helpers';

/** What went wrong talking to the background, and stored data that had to be set aside (kept, not lost). */
export function Alerts({ error, problem }: { error: string | null; problem: PopupView['problem'] }) {
  return (
    <>
      {error && (
        <p class="card alert" role="alert">
          {t('errorPrefix', error)}
        </p>
      )}
      {problem && (
        <p class="card alert" role="alert">
          {t(
            'storeSetAside',
            formatWhen(problem.at, uiLocale()),
            problem.newer ? t('setAsideNewer', String(problem.newer)) : t('setAsideUnreadable'),
          )}
        </p>
      )}
    </>
  );
}
