import { useId, useState } from 'preact/hooks';
import { linkForStep } from '../catalog/step-links';
import type { AccountKey } from '../core/accounts';
import type { Platform } from '../core/hosts';
import type { HistoryEntry } from '../core/state';
import type { Status } from '../core/steps';
import type { StepView } from '../core/view';
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
  const [copied, setCopied] = useState(false);
  const className = primary ? 'button primary' : 'button subtle';
  if (step === 'ask-others') {
    const text = t('askOthersText');
    const copy = async () => {
      await navigator.clipboard.writeText(text);
      setCopied(true);
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
          {copied ? t('copied') : ''}
        </span>
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
  return 'undo' in entry && entry.undo ? 'sourceUndo' : 'sourceUser';
}

function StatusEditor({ step, account, actions }: { step: StepView; account: AccountKey; actions: StepActions }) {
  const id = useId();
  const choices = manualStatuses(step.status);
  const [choice, setChoice] = useState<Status>(choices[0] ?? 'todo');
  const [open, setOpen] = useState(false);
  const locale = uiLocale();
  return (
    <details class="step-more" onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>{t('statusAndHistory')}</summary>
      {open && (
        <div class="step-more-body">
          <form
            class="inline-form"
            onSubmit={(e) => {
              e.preventDefault();
              void actions.setStatus(account, step.step, choice);
            }}
          >
            <label for={`${id}-status`}>{t('setStatusLabel')}</label>
            <select
              id={`${id}-status`}
              value={choice}
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
            <button type="button" class="button subtle undo" onClick={() => void actions.undo(account, step.step)}>
              {t('undoLastChange')}
            </button>
          )}
          {step.history.length > 0 ? (
            <ol class="history" aria-label={t('historyLabel')}>
              {historyNewestFirst(step.history).map((entry) => (
                <li key={`${entry.at}-${entry.status}-${entry.source}`}>
                  <time dateTime={new Date(entry.at).toISOString()}>{formatWhen(entry.at, locale)}</time>{' '}
                  <span>{t(`status_${entry.status}`)}</span> <span class="muted">{t(sourceKey(entry))}</span>
                </li>
              ))}
            </ol>
          ) : (
            <p class="muted">{t('historyEmpty')}</p>
          )}
        </div>
      )}
    </details>
  );
}

export function StepItem({ step, platform, account, isNext, actions, nameOf }: Props) {
  const locale = uiLocale();
  return (
    <li class={`step${isNext ? ' is-next' : ''}`} data-step={step.step} data-status={step.status}>
      <StatusMark status={step.status} />
      <div class="step-body">
        <div class="step-head">
          <h3 class="step-name">{t(`step_${step.step}`)}</h3>
          <span class={`chip chip-${step.status}`}>{t(`status_${step.status}`)}</span>
        </div>
        <p class="step-why">{t(`why_${step.step}`)}</p>
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
          <StepAction step={step.step} platform={platform} primary={isNext} />
        </div>
        {account && actions && <StatusEditor step={step} account={account} actions={actions} />}
      </div>
    </li>
  );
}
