import { useEffect, useState } from 'preact/hooks';
import type { AccountView, PopupView } from '../core/view';
import { ask } from './api';
import { t } from './i18n';

function AccountSection({ account }: { account: AccountView }) {
  return (
    <section class="account" data-account={account.key} aria-label={account.name ?? account.id}>
      <h2>
        {t(`platform_${account.platform}`)}: {account.name ?? account.id}
      </h2>
      <ol class="steps">
        {account.steps.map((s) => (
          <li key={s.step} data-step={s.step} data-status={s.status}>
            <span class="step-name">{t(`step_${s.step}`)}</span>
            <span class="step-status">{t(`status_${s.status}`)}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}

export function Popup() {
  const [view, setView] = useState<PopupView | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    ask<PopupView>({ type: 'get-view' }).then(setView, (e: Error) => setError(e.message));
  }, []);
  if (error) return <p role="alert">{error}</p>;
  if (!view) return null;
  const loggedIn = view.accounts.filter((a) => a.loggedIn);
  return (
    <main>
      <h1>{t('popupTitle')}</h1>
      {loggedIn.length === 0 && (
        <section data-account="none">
          <p>{t('loggedOut')}</p>
        </section>
      )}
      {loggedIn.map((a) => (
        <AccountSection key={a.key} account={a} />
      ))}
    </main>
  );
}
