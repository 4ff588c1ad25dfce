import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Platform } from '../catalog/pages';
import { linkForStep } from '../catalog/step-links';
import type { AccountKey } from '../core/accounts';
import { send } from '../core/messaging';
import type { HistoryEntry } from '../core/state';
import { isStepDone, type Status } from '../core/steps';
import type { StepHistoryView, StepView } from '../core/view';
import { t, uiLocale } from './i18n';
import { ExternalIcon, StatusMark } from './icons';
import { actionKey, formatWhen, historyNewestFirst, manualStatuses } from './view-helpers';

export interface StepActions {
  setStatus: (account: AccountKey, step: StepView['step'], status: Status) => Promise<void>;
  undo: (account: AccountKey, step: StepView['step']) => Promise<void>;
}

interface Props {
  step: StepView;
  platform: Platform | null;
  /** Null when nobody is logged in: the step can be started but not recorded. */
  account: AccountKey | null;
  isNext: boolean;
  actions?: StepActions;
  /** Names of accounts, to say which linked account covers this step. */
  nameOf: (key: AccountKey) => string;
}

function StepAction({
  step,
  platform,
  primary,
}: {
  step: StepView['step'];
  platform: Platform | null;
  primary: boolean;
}) {
  const [copied, setCopied] = useState<'no' | 'yes' | 'failed'>('no');
  const className = primary ? 'button primary' : 'button subtle';
  if (step === 'ask-others') {
    const text = t('askOthersText');
    const copy = async () => {
      try {
        await navigator.clipboard.writeText(text);
        setCopied('yes');
      } catch {
        // Some browsers refuse the clipboard: show the text to copy by hand instead.
        setCopied('failed');
      }
    };
    return (
      <>
        <button type="button" class={className} onClick={copy}>
          {t(actionKey(step))}
        </button>
        {typeof navigator.share === 'function' && (
          <button type="button" class="button subtle" onClick={() => navigator.share({ text }).catch(() => {})}>
            {t('action_share')}
          </button>
        )}
        <span class="live" role="status">
          {copied === 'yes' ? t('copied') : ''}
        </span>
        {copied === 'failed' && (
          <textarea
            class="share-text"
            readOnly
            rows={5}
            aria-label={t('copyByHand')}
            value={text}
            ref={(el) => el?.select()}
          />
        )}
      </>
    );
  }
  const href = linkForStep(step, platform);
  if (!href) return null;
  return (
    <a class={className} href={href} target="_blank" rel="noreferrer">
      {t(actionKey(step))}
      <ExternalIcon />
      <span class="visually-hidden">{t('opensInNewTab')}</span>
    </a>
  );
}

function sourceKey(entry: HistoryEntry): string {
  if (entry.source === 'detected') return 'sourceDetected';
  return entry.undo ? 'sourceUndo' : 'sourceUser';
}

/** The step's history, fetched when its panel opens and again whenever the view says it grew. */
function useStepHistory(
  account: AccountKey,
  step: StepView,
): { history: StepHistoryView | null; error: string | null } {
  const [history, setHistory] = useState<StepHistoryView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { historyCount } = step;
  useEffect(() => {
    if (historyCount === 0) {
      setHistory({ entries: [], count: 0 });
      return;
    }
    let current = true;
    send({ type: 'get-history', account, step: step.step }).then(
      (value) => {
        if (current) {
          setHistory(value);
          setError(null);
        }
      },
      (e: unknown) => {
        if (current) setError(e instanceof Error ? e.message : String(e));
      },
    );
    return () => {
      current = false;
    };
  }, [account, step.step, historyCount]);
  return { history, error };
}

/** Set a status by hand, take back one's own last change, and see every recorded change. */
function StatusPanel({
  id,
  step,
  account,
  actions,
}: {
  id: string;
  step: StepView;
  account: AccountKey;
  actions: StepActions;
}) {
  const choices = manualStatuses(step.status);
  const [choice, setChoice] = useState<Status>(choices[0] ?? 'todo');
  const selectRef = useRef<HTMLSelectElement>(null);
  const locale = uiLocale();
  const value = choices.includes(choice) ? choice : (choices[0] ?? 'todo');
  const { history, error } = useStepHistory(account, step);
  const entries = history?.entries ?? [];
  return (
    <div class="step-more-body" id={id}>
      {isStepDone(step.status) && <p class="step-why">{t(`why_${step.step}`)}</p>}
      <form
        class="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          void actions.setStatus(account, step.step, value);
        }}
      >
        <label for={`${id}-status`}>{t('setStatusLabel')}</label>
        <select
          id={`${id}-status`}
          ref={selectRef}
          value={value}
          onChange={(e) => setChoice((e.currentTarget as HTMLSelectElement).value as Status)}
        >
          {choices.map((s) => (
            <option key={s} value={s}>
              {t(`status_${s}`)}
            </option>
          ))}
        </select>
        <button type="submit" class="button subtle">
          {t('setStatusButton')}
        </button>
      </form>
      {step.canUndo === true && (
        <button
          type="button"
          class="button subtle undo"
          onClick={async () => {
            await actions.undo(account, step.step);
            selectRef.current?.focus();
          }}
        >
          {t('undoLastChange')}
        </button>
      )}
      {error && (
        <p class="muted" role="alert">
          {t('errorPrefix', error)}
        </p>
      )}
      {entries.length > 0 ? (
        <ul class="history" aria-label={t('historyLabel')}>
          {historyNewestFirst(entries).map((entry, i) => (
            <li key={(history?.count ?? 0) - i}>
              <time dateTime={new Date(entry.at).toISOString()}>{formatWhen(entry.at, locale)}</time>{' '}
              <span>{t(`status_${entry.status}`)}</span> <span class="muted">{t(sourceKey(entry))}</span>
            </li>
          ))}
        </ul>
      ) : (
        history && <p class="muted">{t('historyEmpty')}</p>
      )}
      {history && history.count > entries.length && (
        <p class="muted">{t('historyTruncated', String(entries.length), String(history.count))}</p>
      )}
    </div>
  );
}

export function StepItem({ step, platform, account, isNext, actions, nameOf }: Props) {
  const locale = uiLocale();
  const panelId = useId();
  const [panelOpen, setPanelOpen] = useState(false);
  const done = isStepDone(step.status);
  const editable = account !== null && actions !== undefined;
  return (
    <li
      class={`step${isNext ? ' is-next' : ''}${done ? ' is-done' : ''}`}
      data-step={step.step}
      data-status={step.status}
    >
      <StatusMark status={step.status} />
      <div class="step-body">
        <div class="step-head">
          <h3 class="step-name">{t(`step_${step.step}`)}</h3>
          <span class={`chip chip-${step.status}`}>{t(`status_${step.status}`)}</span>
        </div>
        {!done && <p class="step-why">{t(`why_${step.step}`)}</p>}
        {(step.at !== undefined || isNext) && (
          <p class="step-meta">
            {isNext && <strong class="next-tag">{t('nextStep')}</strong>}
            {step.at !== undefined && (
              <time dateTime={new Date(step.at).toISOString()}>{t('statusSince', formatWhen(step.at, locale))}</time>
            )}
          </p>
        )}
        {step.coveredBy && <p class="step-note">{t('coveredBy', nameOf(step.coveredBy))}</p>}
        {step.overdue && <p class="step-note warn">{t('overdue')}</p>}
        <div class="step-actions">
          {!done && <StepAction step={step.step} platform={platform} primary={isNext} />}
          {editable && (
            <button
              type="button"
              class="disclosure"
              aria-expanded={panelOpen}
              aria-controls={panelId}
              onClick={() => setPanelOpen(!panelOpen)}
            >
              {t(done ? 'detailsAndHistory' : 'statusAndHistory')}
            </button>
          )}
        </div>
        {editable && panelOpen && <StatusPanel id={panelId} step={step} account={account} actions={actions} />}
      </div>
    </li>
  );
}
