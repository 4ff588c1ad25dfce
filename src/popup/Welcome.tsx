import { useState } from 'preact/hooks';
import { t } from './i18n';
import { Logo } from './icons';
import { guessRegion } from './region-guess';
import { SettingsForm } from './SettingsForm';
import { useView } from './useView';

function browserGuess() {
  return guessRegion(Intl.DateTimeFormat().resolvedOptions().timeZone ?? '', navigator.languages ?? []);
}

/** First run: what Objector does and does not do, then region, e-mail and reason. */
export function Welcome() {
  const { view, error, send } = useView();
  const [done, setDone] = useState(false);
  return (
    <main class="page">
      <header class="page-head">
        <Logo />
        <h1>{t('welcomeTitle')}</h1>
      </header>
      <div class="card intro">
        <p>{t('welcomeWhat')}</p>
        <p>{t('welcomeNot')}</p>
        <p>{t('welcomeLocal')}</p>
      </div>
      {error && (
        <p class="card alert" role="alert">
          {t('errorPrefix', error)}
        </p>
      )}
      {view && (
        <section class="card" aria-labelledby="setup-title">
          <h2 id="setup-title">{t('welcomeSetupTitle')}</h2>
          <SettingsForm
            initial={view.settings}
            guess={browserGuess()}
            submitKey="welcomeSave"
            onSave={async (settings) => {
              const ok = await send({ type: 'save-settings', settings });
              setDone(ok);
              return ok;
            }}
          />
        </section>
      )}
      {done && (
        <section class="card success" aria-labelledby="done-title">
          <h2 id="done-title">{t('welcomeDoneTitle')}</h2>
          <p>{t('welcomeDone')}</p>
        </section>
      )}
    </main>
  );
}
