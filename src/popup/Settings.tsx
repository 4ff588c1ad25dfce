import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { AccountKey } from '../core/accounts';
import { send } from '../core/messaging';
import type { PopupView } from '../core/view';
import { type LinkActions, LinkControl } from './AccountSection';
import { Alerts } from './Alerts';
import { t } from './i18n';
import { Logo, PlatformIcon } from './icons';
import { saveText } from './Report';
import { guessRegion } from './region-guess';
import { SettingsForm } from './SettingsForm';
import { useView } from './useView';
import { accountLabel, exportFileName } from './view-helpers';

function LinkedAccounts({ view, actions }: { view: PopupView; actions: LinkActions }) {
  const facebook = view.accounts.filter((a) => a.platform === 'facebook');
  if (view.accounts.length === 0) return <p class="muted">{t('noAccountsYet')}</p>;
  if (facebook.length === 0) return <p class="muted">{t('linkNoCandidate_instagram')}</p>;
  return (
    <ul class="account-list">
      {facebook.map((account) => (
        <li key={account.key} data-settings-account={account.key}>
          <div class="account-row">
            <PlatformIcon platform="facebook" size={22} />
            <span class="account-name">{accountLabel(account)}</span>
          </div>
          <LinkControl account={account} all={view.accounts} actions={actions} />
        </li>
      ))}
    </ul>
  );
}

type DataNotice = { kind: 'ok' | 'error'; text: string } | null;

function YourData({ reload }: { reload: () => Promise<void> }) {
  const id = useId();
  const [notice, setNotice] = useState<DataNotice>(null);
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const exportData = async () => {
    try {
      const data = await send({ type: 'export' });
      saveText(JSON.stringify(data, null, 2), exportFileName(new Date()), 'application/json');
      setNotice({ kind: 'ok', text: t('exportDone') });
    } catch (e) {
      setNotice({ kind: 'error', text: t('errorPrefix', String((e as Error).message)) });
    }
  };
  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    let data: unknown;
    try {
      data = JSON.parse(await file.text());
    } catch {
      setNotice({ kind: 'error', text: t('importNotJson') });
      input.value = '';
      return;
    }
    try {
      await send({ type: 'import', data });
      setNotice({ kind: 'ok', text: t('importDone') });
      await reload();
    } catch (e) {
      setNotice({ kind: 'error', text: t('importRefused', String((e as Error).message)) });
    }
    input.value = '';
  };
  const wipe = async () => {
    try {
      await send({ type: 'wipe' });
      setNotice({ kind: 'ok', text: t('wipeDone') });
      await reload();
    } catch (e) {
      setNotice({ kind: 'error', text: t('errorPrefix', String((e as Error).message)) });
    }
    setConfirming(false);
    deleteRef.current?.focus();
  };

  return (
    <>
      <p class="muted">{t('dataWhy')}</p>
      <p class="muted">{t('evidenceWhy')}</p>
      <div class="data-actions">
        <a class="button subtle" href="/evidence.html" target="_blank" rel="noreferrer">
          {t('evidenceOpen')}
        </a>
        <button type="button" class="button subtle" onClick={() => void exportData()}>
          {t('exportButton')}
        </button>
        <input
          id={`${id}-import`}
          class="file-input"
          type="file"
          accept="application/json,.json"
          onChange={(e) => void importFile(e.currentTarget as HTMLInputElement)}
        />
        <label class="button subtle file-button" for={`${id}-import`}>
          {t('importButton')}
        </label>
      </div>
      <div class="danger-zone">
        {confirming ? (
          <div class="confirm">
            <p id={`${id}-confirm`}>{t('wipeConfirmText')}</p>
            <button
              ref={confirmRef}
              type="button"
              class="button danger"
              aria-describedby={`${id}-confirm`}
              onClick={() => void wipe()}
            >
              {t('wipeConfirmButton')}
            </button>
            <button
              type="button"
              class="button subtle"
              onClick={() => {
                setConfirming(false);
                deleteRef.current?.focus();
              }}
            >
              {t('cancelButton')}
            </button>
          </div>
        ) : (
          <button ref={deleteRef} type="button" class="button danger-outline" onClick={() => setConfirming(true)}>
            {t('wipeButton')}
          </button>
        )}
      </div>
      <p class={`live notice ${notice?.kind ?? ''}`} role="status">
        {notice?.text ?? ''}
      </p>
    </>
  );
}

/** The options page: region and form details, linked accounts, export, import and wipe. */
export function Settings() {
  const { view, error, send, reload } = useView();
  // Import and wipe replace the stored settings: a new generation re-reads them into the form.
  const [generation, setGeneration] = useState(0);
  const linkActions: LinkActions = {
    link: async (a: AccountKey, b: AccountKey) => void (await send({ type: 'link-accounts', a, b })),
    unlink: async (a: AccountKey, b: AccountKey) => void (await send({ type: 'unlink-accounts', a, b })),
  };
  return (
    <main class="page">
      <header class="page-head">
        <Logo />
        <h1>{t('settingsTitle')}</h1>
      </header>
      <Alerts error={error} problem={view?.problem} />
      {view && (
        <>
          <section class="card" aria-labelledby="s-forms">
            <h2 id="s-forms">{t('settingsFormsTitle')}</h2>
            <SettingsForm
              key={generation}
              initial={view.settings}
              guess={guessRegion(Intl.DateTimeFormat().resolvedOptions().timeZone ?? '', navigator.languages ?? [])}
              submitKey="saveButton"
              onSave={(settings) => send({ type: 'save-settings', settings })}
            />
          </section>
          <section class="card" aria-labelledby="s-links">
            <h2 id="s-links">{t('accountsCenterTitle')}</h2>
            <p class="muted">{t('accountsCenterWhy')}</p>
            <LinkedAccounts view={view} actions={linkActions} />
          </section>
          <section class="card" aria-labelledby="s-data">
            <h2 id="s-data">{t('dataTitle')}</h2>
            <YourData
              reload={async () => {
                await reload();
                setGeneration((g) => g + 1);
              }}
            />
          </section>
        </>
      )}
    </main>
  );
}
