import { useId, useState } from 'preact/hooks';
import { countriesOf, countryInRegion, REGIONS, type Region } from '../core/regions';
import type { Settings } from '../core/state';
import { t, uiLocale } from './i18n';
import { countryOptions, optionalText } from './view-helpers';

interface Props {
  initial: Settings;
  /** Preselected when no region is saved yet; the user still confirms it by saving. */
  guess: Region;
  submitKey: string;
  onSave: (settings: Settings) => Promise<boolean>;
}

/** Region, e-mail and reason: what the welcome page asks and the settings page changes. */
export function SettingsForm({ initial, guess, submitKey, onSave }: Props) {
  const id = useId();
  const [region, setRegion] = useState<Region>(initial.region ?? guess);
  const [email, setEmail] = useState(initial.email ?? '');
  const [reason, setReason] = useState(initial.reason ?? '');
  const [country, setCountry] = useState(initial.country ?? '');
  const countries = countriesOf(region);
  const [saved, setSaved] = useState(false);
  const guessed = !initial.region;
  return (
    <form
      class="settings-form"
      onSubmit={async (e) => {
        e.preventDefault();
        const form = e.currentTarget as HTMLFormElement;
        if (!form.reportValidity()) return;
        const settings: Settings = { ...initial, region, email: optionalText(email), reason: optionalText(reason) };
        const chosenCountry = countryInRegion(region, country);
        if (chosenCountry) settings.country = chosenCountry;
        else delete settings.country;
        setSaved(await onSave(settings));
      }}
      onInput={() => setSaved(false)}
    >
      <fieldset class="regions">
        <legend>{t('regionQuestion')}</legend>
        {guessed && <p class="muted hint">{t('regionGuessed')}</p>}
        {REGIONS.map((r) => (
          <label key={r} class="radio">
            <input type="radio" name={`${id}-region`} value={r} checked={region === r} onChange={() => setRegion(r)} />
            <span>
              <span class="radio-title">{t(`region_${r}`)}</span>
              <span class="radio-hint">{t(`regionHint_${r}`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {countries.length === 1 && (
        <p class="field muted">{t('countryFixed', countryOptions(countries, uiLocale())[0]?.name ?? '')}</p>
      )}
      {countries.length > 1 && (
        <div class="field">
          <label for={`${id}-country`}>{t('countryLabel')}</label>
          <select
            id={`${id}-country`}
            value={country}
            aria-describedby={`${id}-country-hint`}
            onChange={(e) => setCountry((e.currentTarget as HTMLSelectElement).value)}
          >
            <option value="">{t('countryNone')}</option>
            {countryOptions(countries, uiLocale()).map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
          <p class="muted hint" id={`${id}-country-hint`}>
            {t('countryHint')}
          </p>
        </div>
      )}
      <div class="field">
        <label for={`${id}-email`}>{t('emailLabel')}</label>
        <input
          id={`${id}-email`}
          type="email"
          autocomplete="email"
          value={email}
          aria-describedby={`${id}-email-hint`}
          onInput={(e) => setEmail((e.currentTarget as HTMLInputElement).value)}
        />
        <p class="muted hint" id={`${id}-email-hint`}>
          {t('emailHint')}
        </p>
      </div>
      <div class="field">
        <label for={`${id}-reason`}>{t('reasonLabel')}</label>
        <textarea
          id={`${id}-reason`}
          rows={4}
          maxLength={2000}
          value={reason}
          placeholder={t('reasonPlaceholder')}
          aria-describedby={`${id}-reason-hint`}
          onInput={(e) => setReason((e.currentTarget as HTMLTextAreaElement).value)}
        />
        <p class="muted hint" id={`${id}-reason-hint`}>
          {t('reasonHint')}
        </p>
      </div>
      <div class="form-actions">
        <button type="submit" class="button primary">
          {t(submitKey)}
        </button>
        <span class="live" role="status">
          {saved ? t('savedNotice') : ''}
        </span>
      </div>
    </form>
  );
}
