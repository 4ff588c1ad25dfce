import { useEffect, useId, useLayoutEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { classifyPage } from '../catalog/pages';
import type { AccountKey } from '../core/accounts';
import { REGIONS, type Region } from '../core/regions';
import type { AccountView, PopupView } from '../core/view';
import { AccountSection, type LinkActions } from './AccountSection';
import { Alerts } from './Alerts';
import { t } from './i18n';
import { GearIcon, Logo } from './icons';
import { FIRST_VIEW_MARK } from './mark';
import type { StepActions } from './StepItem';
import { StepItem } from './StepItem';
import { useView } from './useView';
import { anonymousChecklist, splitAccounts } from './view-helpers';

function RegionPrompt({ onSave }: { onSave: (region: Region) => void }) {
  const id = useId();
  const [region, setRegion] = useState<Region>('eu');
  return (
    <form
      class="card prompt"
      onSubmit={(e) => {
        e.preventDefault();
        onSave(region);
      }}
    >
      <p class="prompt-text">{t('regionPrompt')}</p>
      <div class="inline-form">
        <label for={`${id}-region`}>{t('regionLabel')}</label>
        <select
          id={`${id}-region`}
          value={region}
          onChange={(e) => setRegion((e.currentTarget as HTMLSelectElement).value as Region)}
        >
          {REGIONS.map((r) => (
            <option key={r} value={r}>
              {t(`region_${r}`)}
            </option>
          ))}
        </select>
        <button type="submit" class="button primary">
          {t('saveButton')}
        </button>
      </div>
    </form>
  );
}

function LoggedOut({ region }: { region: Region | null }) {
  const headingId = useId();
  const steps = anonymousChecklist(region);
  return (
    <section class="account current" data-account="none" aria-labelledby={headingId}>
      <h2 class="account-head" id={headingId}>
        {t('loggedOutTitle')}
      </h2>
      <p class="logged-out">{t('loggedOut')}</p>
      <p class="login-links">
        <a class="button subtle" href="https://www.facebook.com/login/" target="_blank" rel="noreferrer">
          {t('loginFacebook')}
        </a>
        <a class="button subtle" href="https://www.instagram.com/accounts/login/" target="_blank" rel="noreferrer">
          {t('loginInstagram')}
        </a>
      </p>
      {region === 'other' && <p class="region-note">{t('regionOtherNote')}</p>}
      <ol class="steps">
        {steps.map((s, i) => (
          <StepItem key={s.step} step={s} platform={null} account={null} isNext={i === 0} nameOf={(k) => k} />
        ))}
      </ol>
    </section>
  );
}

/**
 * "Report a problem with this page", offered when the tab in front of the user is one of Meta's pages (the
 * only tabs whose address Objector can see): it opens the report page for that tab.
 */
function ReportLink() {
  const [tab, setTab] = useState<number | null>(null);
  useEffect(() => {
    void browser.tabs.query({ active: true, currentWindow: true }).then(([active]) => {
      if (active?.id !== undefined && classifyPage(active.url ?? '')) setTab(active.id);
    });
  }, []);
  if (tab === null) return null;
  return (
    <p class="report-link">
      <a href={`/report.html?tab=${tab}`} target="_blank" rel="noreferrer">
        {t('reportProblem')}
      </a>
    </p>
  );
}

/** The toolbar popup; `initial` is the first view read from storage, null when the background must answer. */
export function Popup({ initial = null }: { initial?: PopupView | null }) {
  const { view, error, send } = useView(initial);
  // The folded accounts render right after the first paint: the account in front of the user comes first.
  const [othersShown, setOthersShown] = useState(false);
  // The checklist is in the document now; the frame that paints it starts at the next animation frame.
  useLayoutEffect(() => {
    if (!view || performance.getEntriesByName(FIRST_VIEW_MARK).length > 0) return;
    requestAnimationFrame(() => {
      if (performance.getEntriesByName(FIRST_VIEW_MARK).length === 0) performance.mark(FIRST_VIEW_MARK);
    });
  }, [view]);
  useEffect(() => {
    if (view) setOthersShown(true);
  }, [view]);
  const stepActions: StepActions = {
    setStatus: async (account, step, status) => void (await send({ type: 'set-status', account, step, status })),
    undo: async (account, step) => void (await send({ type: 'undo-status', account, step })),
  };
  const linkActions: LinkActions = {
    link: async (a: AccountKey, b: AccountKey) => void (await send({ type: 'link-accounts', a, b })),
    unlink: async (a: AccountKey, b: AccountKey) => void (await send({ type: 'unlink-accounts', a, b })),
  };
  const { current, others } = view ? splitAccounts(view) : { current: [], others: [] };
  const section = (shown: PopupView, account: AccountView, collapsed: boolean) => (
    <AccountSection
      key={account.key}
      account={account}
      all={shown.accounts}
      region={shown.region}
      stepActions={stepActions}
      linkActions={linkActions}
      collapsed={collapsed}
    />
  );
  return (
    <>
      <header class="bar">
        <Logo />
        <h1>{t('popupTitle')}</h1>
        {view?.region && (
          <span class="region-chip" title={t(`region_${view.region}`)}>
            {t(`regionShort_${view.region}`)}
          </span>
        )}
        <button
          type="button"
          class="icon-button"
          aria-label={t('settingsTitle')}
          title={t('settingsTitle')}
          onClick={() => void browser.runtime.openOptionsPage()}
        >
          <GearIcon />
        </button>
      </header>
      <main>
        <Alerts error={error} problem={view?.problem} />
        {view && !view.region && <RegionPrompt onSave={(region) => void send({ type: 'set-region', region })} />}
        {view && current.length === 0 && <LoggedOut region={view.region} />}
        {view && current.map((a) => section(view, a, false))}
        {view && othersShown && others.length > 0 && (
          <section class="others" aria-labelledby="others-title">
            <h2 class="others-title" id="others-title">
              {t('otherAccounts', String(others.length))}
            </h2>
            {others.map((a) => section(view, a, true))}
          </section>
        )}
        {view && <ReportLink />}
      </main>
    </>
  );
}
