import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { REPORT_REQUEST } from '../content-scripts/shared/report';
import { ISSUE_TRACKER } from '../core/project';
import { t } from './i18n';
import { Logo } from './icons';

/** Offers text as a file through a temporary link: no download permission, nothing leaves the device. */
export function saveText(text: string, name: string, type = 'text/plain'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

type Loaded = { kind: 'loading' } | { kind: 'ready'; text: string } | { kind: 'unavailable' };

/**
 * "Report a problem with this page": the report the tab's content script builds on Meta's page (see
 * src/content-scripts/shared/report.ts), shown for the user to read, copy or save. Nothing is sent.
 */
export function Report({ tab }: { tab: number | null }) {
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (tab === null) {
      setLoaded({ kind: 'unavailable' });
      return;
    }
    browser.tabs.sendMessage(tab, { type: REPORT_REQUEST }).then(
      (reply: unknown) => {
        const text = (reply as { text?: unknown } | undefined)?.text;
        setLoaded(typeof text === 'string' ? { kind: 'ready', text } : { kind: 'unavailable' });
      },
      () => setLoaded({ kind: 'unavailable' }),
    );
  }, [tab]);
  return (
    <main class="page">
      <header class="page-head">
        <Logo />
        <h1>{t('reportTitle')}</h1>
      </header>
      <section class="card intro">
        <p>{t('reportIntro')}</p>
      </section>
      {loaded.kind === 'unavailable' && (
        <p class="card alert" role="alert">
          {t('reportUnavailable')}
        </p>
      )}
      {loaded.kind === 'ready' && (
        <section class="card report" aria-labelledby="report-text-label">
          <label id="report-text-label" for="report-text" class="visually-hidden">
            {t('reportTitle')}
          </label>
          <textarea id="report-text" class="report-text" readOnly rows={18} value={loaded.text} />
          <div class="data-actions">
            <button
              type="button"
              class="button primary"
              onClick={async () => {
                await navigator.clipboard.writeText(loaded.text).then(
                  () => setCopied(true),
                  () => setCopied(false),
                );
              }}
            >
              {t('reportCopy')}
            </button>
            <button type="button" class="button subtle" onClick={() => saveText(loaded.text, 'objector-report.txt')}>
              {t('reportSave')}
            </button>
            <span class="live" role="status">
              {copied ? t('reportCopied') : ''}
            </span>
          </div>
          <p>
            {ISSUE_TRACKER ? (
              <a href={ISSUE_TRACKER} target="_blank" rel="noreferrer">
                {t('reportTracker')}
              </a>
            ) : (
              <span class="muted">{t('reportNoTracker')}</span>
            )}
          </p>
        </section>
      )}
    </main>
  );
}
