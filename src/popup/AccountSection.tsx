import { useId, useState } from 'preact/hooks';
import type { AccountKey } from '../core/accounts';
import type { Region } from '../core/regions';
import type { AccountView } from '../core/view';
import { plural, t } from './i18n';
import { PlatformIcon } from './icons';
import { type StepActions, StepItem } from './StepItem';
import { accountLabel, linkCandidates } from './view-helpers';

export interface LinkActions {
  link: (a: AccountKey, b: AccountKey) => Promise<void>;
  unlink: (a: AccountKey, b: AccountKey) => Promise<void>;
}

/** "Same Accounts Center as …": shows the links of one account and offers a new one. */
export function LinkControl({
  account,
  all,
  actions,
}: {
  account: AccountView;
  all: readonly AccountView[];
  actions: LinkActions;
}) {
  const id = useId();
  const candidates = linkCandidates(account, all);
  const [choice, setChoice] = useState<AccountKey | ''>('');
  const selected = choice || candidates[0]?.key || '';
  const byKey = (key: AccountKey) => all.find((a) => a.key === key);
  return (
    <div class="link-control">
      {account.linkedTo.length > 0 && (
        <ul class="linked-list">
          {account.linkedTo.map((key) => {
            const other = byKey(key);
            return (
              <li key={key}>
                {other && <PlatformIcon platform={other.platform} size={18} />}
                <span>{t('linkedWith', other ? accountLabel(other) : key)}</span>
                <button type="button" class="button subtle small" onClick={() => void actions.unlink(account.key, key)}>
                  {t('unlinkButton')}
                  <span class="visually-hidden"> {other ? accountLabel(other) : key}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {candidates.length > 0 ? (
        <form
          class="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (selected) void actions.link(account.key, selected);
          }}
        >
          <label for={`${id}-link`}>{t('linkLabel')}</label>
          <select
            id={`${id}-link`}
            value={selected}
            onChange={(e) => setChoice((e.currentTarget as HTMLSelectElement).value as AccountKey)}
          >
            {candidates.map((c) => (
              <option key={c.key} value={c.key}>
                {`${t(`platform_${c.platform}`)}: ${accountLabel(c)}`}
              </option>
            ))}
          </select>
          <button type="submit" class="button subtle">
            {t('linkButton')}
          </button>
        </form>
      ) : (
        account.linkedTo.length === 0 && <p class="muted">{t(`linkNoCandidate_${account.platform}`)}</p>
      )}
    </div>
  );
}

interface Props {
  account: AccountView;
  all: readonly AccountView[];
  region: Region | null;
  stepActions: StepActions;
  linkActions: LinkActions;
  /** Accounts not logged in right now are shown folded. */
  collapsed: boolean;
}

function leftLabel(account: AccountView): string {
  return account.left === 0 ? t('allDone') : plural('stepsLeft', account.left);
}

export function AccountSection({ account, all, region, stepActions, linkActions, collapsed }: Props) {
  const headingId = useId();
  const nameOf = (key: AccountKey) => {
    const other = all.find((a) => a.key === key);
    return other ? `${t(`platform_${other.platform}`)}: ${accountLabel(other)}` : key;
  };
  const body = (
    <>
      {region === 'other' && <p class="region-note">{t('regionOtherNote')}</p>}
      <ol class="steps">
        {account.steps.map((s) => (
          <StepItem
            key={s.step}
            step={s}
            platform={account.platform}
            account={account.key}
            isNext={s.step === account.next}
            actions={stepActions}
            nameOf={nameOf}
          />
        ))}
      </ol>
      <div class="account-foot">
        <h3 class="foot-title">{t('accountsCenterTitle')}</h3>
        <p class="muted">{t('accountsCenterWhy')}</p>
        <LinkControl account={account} all={all} actions={linkActions} />
      </div>
    </>
  );
  const head = (
    <>
      <PlatformIcon platform={account.platform} />
      <span class="account-title">
        <span class="account-name" id={headingId}>
          {accountLabel(account)}
        </span>
        <span class="account-sub">
          {t(`platform_${account.platform}`)}
          {account.name ? ` · ${account.id}` : ''}
        </span>
      </span>
      <span class={`count${account.left === 0 ? ' done' : ''}`}>{leftLabel(account)}</span>
    </>
  );
  if (collapsed) {
    return (
      <section class="account other" data-account={account.key} aria-labelledby={headingId}>
        <details>
          <summary class="account-head">{head}</summary>
          {body}
        </details>
      </section>
    );
  }
  return (
    <section class="account current" data-account={account.key} aria-labelledby={headingId}>
      <h2 class="account-head">{head}</h2>
      {body}
    </section>
  );
}
