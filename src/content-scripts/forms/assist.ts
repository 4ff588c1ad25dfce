import { EEA_COUNTRIES, FORMS } from '../catalog/forms';
import type { FormKnowledge, Lang, Phrases } from '../catalog/schema';
import type { Settings } from '../core/state';
import type { Region } from '../core/steps';
import { hiddenByMarkup, hiddenByStyle, normalizeText, type PhraseMatcher, phraseMatcher } from './text';

export type Country = HTMLSelectElement | HTMLInputElement;

export interface FormFields {
  email?: HTMLInputElement;
  country?: Country;
  reason?: HTMLTextAreaElement;
  submit?: HTMLElement;
}

const SKIPPED_INPUT_TYPES = new Set(['hidden', 'submit', 'button', 'checkbox', 'radio', 'file', 'image', 'reset']);

function isShown(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (hiddenByStyle(node)) return false;
  }
  return true;
}

/** The words a reader associates with a control: its labels, ARIA names and placeholder. */
export function labelText(el: HTMLElement): string {
  const doc = el.ownerDocument;
  const parts: string[] = [];
  const labelled = el.getAttribute('aria-labelledby');
  if (labelled) for (const id of labelled.split(/\s+/)) parts.push(doc.getElementById(id)?.textContent ?? '');
  parts.push(el.getAttribute('aria-label') ?? '');
  if (el.id)
    for (const label of doc.querySelectorAll(`label[for="${CSS.escape(el.id)}"]`)) parts.push(label.textContent ?? '');
  const wrapping = el.closest('label');
  if (wrapping) parts.push(wrapping.textContent ?? '');
  parts.push(el.getAttribute('placeholder') ?? '');
  return normalizeText(parts.join(' '));
}

function matcherFor(phrases: Phrases): PhraseMatcher | null {
  return phraseMatcher(phrases);
}

/** The form's e-mail, country and reason fields and its submit button, by name attribute, type, then label words. */
export function findFormFields(root: Document | Element, knowledge: FormKnowledge = FORMS): FormFields {
  const controls = [
    ...root.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>('input, select, textarea'),
  ]
    .filter((el) => !el.disabled && !(el instanceof HTMLInputElement && SKIPPED_INPUT_TYPES.has(el.type)))
    .filter((el) => !hiddenByMarkup(el) && isShown(el));
  const byName = (names: readonly string[]) => controls.find((el) => names.includes((el.name ?? '').toLowerCase()));
  const byLabel = (phrases: Phrases, accept: (el: HTMLElement) => boolean) => {
    const re = matcherFor(phrases);
    return re ? controls.find((el) => accept(el) && re.test(labelText(el))) : undefined;
  };
  const isTextInput = (el: HTMLElement) => el instanceof HTMLInputElement && ['text', 'email', ''].includes(el.type);
  const { email, country, reason } = knowledge.fields;

  const emailField =
    byName(email.names) ??
    controls.find((el) => el instanceof HTMLInputElement && el.type === 'email') ??
    byLabel(email.labels, isTextInput);
  const countryField =
    byName(country.names) ??
    byLabel(country.labels, (el) => el !== emailField && (el instanceof HTMLSelectElement || isTextInput(el)));
  const reasonField =
    byName(reason.names) ??
    byLabel(reason.labels, (el) => el instanceof HTMLTextAreaElement) ??
    controls.find((el) => el instanceof HTMLTextAreaElement);

  const fields: FormFields = {};
  if (emailField instanceof HTMLInputElement) fields.email = emailField;
  if (countryField instanceof HTMLSelectElement || countryField instanceof HTMLInputElement)
    fields.country = countryField;
  if (reasonField instanceof HTMLTextAreaElement) fields.reason = reasonField;
  const anchor = fields.email ?? fields.reason ?? fields.country;
  const submit = findSubmit(anchor?.closest('form') ?? root, knowledge);
  if (submit) fields.submit = submit;
  return fields;
}

/** The button that sends the form: a real submit button, else a button or role=button with Meta's send words. */
export function findSubmit(root: Document | Element, knowledge: FormKnowledge = FORMS): HTMLElement | undefined {
  const words = matcherFor(knowledge.submit);
  const buttons = [...root.querySelectorAll<HTMLElement>('button, input[type="submit"], [role="button"]')].filter(
    (el) => !hiddenByMarkup(el) && isShown(el),
  );
  const text = (el: HTMLElement) => normalizeText(el instanceof HTMLInputElement ? el.value : (el.textContent ?? ''));
  const worded = buttons.filter((el) => words?.test(text(el)) && text(el).length < 40);
  return (
    worded.find((el) => el.getAttribute('type') === 'submit') ??
    worded[0] ??
    buttons.find((el) => el.getAttribute('type') === 'submit' || el instanceof HTMLInputElement)
  );
}

/**
 * Sets a value the way a user's typing does, so React's controlled inputs take it: the native
 * setter (React overrides the instance's), then the `input` and `change` events React listens to.
 */
export function setNativeValue(el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string): void {
  const proto = Object.getPrototypeOf(el) as object;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setter) setter.call(el, value);
  else el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Country names as a page in `lang` shows them, for selects whose options carry names, not codes. */
function countryNames(code: string, lang: Lang | null): string[] {
  const names: string[] = [];
  for (const locale of [lang ?? 'en', 'en']) {
    try {
      const name = new Intl.DisplayNames([locale], { type: 'region' }).of(code);
      if (name) names.push(normalizeText(name));
    } catch {
      // An unknown locale tag: the English name still applies.
    }
  }
  return names;
}

/** Picks the country in a select (by ISO code value or localised name) or types its name into a text field. */
export function fillCountry(field: Country, code: string, lang: Lang | null): boolean {
  const names = countryNames(code, lang);
  if (field instanceof HTMLSelectElement) {
    const option = [...field.options].find(
      (o) => o.value.toUpperCase() === code || names.includes(normalizeText(o.textContent ?? '')),
    );
    if (!option) return false;
    if (field.value !== option.value) setNativeValue(field, option.value);
    return true;
  }
  const name = new Intl.DisplayNames([lang ?? 'en'], { type: 'region' }).of(code) ?? code;
  if (field.value !== name) setNativeValue(field, name);
  return true;
}

/** The country to put in the form: the saved one, else one the region or browser language makes certain. */
export function countryFor(settings: Settings, browserLanguage: string): string | undefined {
  if (settings.country) return settings.country;
  const byRegion: Partial<Record<Region, string>> = { ch: 'CH', uk: 'GB', br: 'BR' };
  const fromRegion = settings.region ? byRegion[settings.region] : undefined;
  if (fromRegion) return fromRegion;
  const fromLanguage = browserLanguage.split('-')[1]?.toUpperCase();
  return settings.region === 'eu' && fromLanguage && EEA_COUNTRIES.has(fromLanguage) ? fromLanguage : undefined;
}

/** The objection text for a form in `lang`: the user's own, else the short Art. 21 text in that language. */
export function objectionText(settings: Settings, lang: Lang | null, knowledge: FormKnowledge = FORMS): string {
  if (settings.reason?.trim()) return settings.reason;
  return (
    (lang && knowledge.objection[lang]) ??
    (lang === 'pt-br' ? knowledge.objection.pt : undefined) ??
    knowledge.objection.en ??
    ''
  );
}

export interface FillResult {
  filled: Array<'email' | 'country' | 'reason'>;
  /** Fields the form has that nothing saved could fill. */
  missing: Array<'email' | 'country'>;
  submit?: HTMLElement;
}

/**
 * Fills what the user saved into the form; a reason the user already typed is kept. Never
 * submits and never clicks: the submit button is only returned, to be pointed at.
 */
export function fillForm(
  root: Document | Element,
  settings: Settings,
  options: { lang: Lang | null; browserLanguage: string; withReason: boolean },
): FillResult {
  const fields = findFormFields(root);
  const filled: FillResult['filled'] = [];
  const missing: FillResult['missing'] = [];
  if (fields.email && settings.email) {
    if (fields.email.value !== settings.email) setNativeValue(fields.email, settings.email);
    filled.push('email');
  } else if (fields.email && !fields.email.value) missing.push('email');
  const country = countryFor(settings, options.browserLanguage);
  if (fields.country && country && fillCountry(fields.country, country, options.lang)) filled.push('country');
  else if (fields.country) missing.push('country');
  if (fields.reason && options.withReason && !fields.reason.value.trim()) {
    setNativeValue(fields.reason, objectionText(settings, options.lang));
    filled.push('reason');
  }
  return { filled, missing, ...(fields.submit ? { submit: fields.submit } : {}) };
}

/** Outlines and scrolls to the submit button so the user presses it themselves. */
export function pointAt(button: HTMLElement): void {
  button.setAttribute('data-objector-submit', '');
  button.style.setProperty('outline', '4px solid #d6336c', 'important');
  button.style.setProperty('outline-offset', '3px', 'important');
  button.scrollIntoView({ block: 'center', behavior: 'smooth' });
}

const PANEL_CSS = `
:host { all: initial; }
.panel { position: fixed; right: 16px; bottom: 16px; z-index: 2147483646; max-width: 320px;
  font: 14px/1.4 system-ui, sans-serif; color: #1c1e21; background: #fff; border: 2px solid #d6336c;
  border-radius: 10px; padding: 12px; box-shadow: 0 4px 16px rgba(0,0,0,.2); }
.title { font-weight: 700; margin: 0 0 8px; }
button { font: inherit; font-weight: 600; color: #fff; background: #c2255c; border: 0; border-radius: 6px;
  padding: 8px 12px; cursor: pointer; }
button:focus-visible { outline: 3px solid #1c1e21; outline-offset: 2px; }
.status { margin: 8px 0 0; }
.hint { margin: 6px 0 0; color: #555; font-size: 12px; }
`;

const FIELD_NAMES: Record<Lang | 'default', Record<'email' | 'country' | 'reason', string>> = {
  default: { email: 'e-mail', country: 'country', reason: 'reason' },
  en: { email: 'e-mail', country: 'country', reason: 'reason' },
  de: { email: 'E-Mail', country: 'Land', reason: 'Begründung' },
  it: { email: 'e-mail', country: 'paese', reason: 'motivo' },
  fr: { email: 'e-mail', country: 'pays', reason: 'motif' },
  es: { email: 'correo', country: 'país', reason: 'motivo' },
  nl: { email: 'e-mail', country: 'land', reason: 'reden' },
  pl: { email: 'e-mail', country: 'kraj', reason: 'powód' },
  pt: { email: 'e-mail', country: 'país', reason: 'motivo' },
  'pt-br': { email: 'e-mail', country: 'país', reason: 'motivo' },
  sv: { email: 'e-post', country: 'land', reason: 'skäl' },
  da: { email: 'e-mail', country: 'land', reason: 'begrundelse' },
  fi: { email: 'sähköposti', country: 'maa', reason: 'perustelu' },
  cs: { email: 'e-mail', country: 'země', reason: 'důvod' },
  ro: { email: 'e-mail', country: 'țară', reason: 'motiv' },
  hu: { email: 'e-mail', country: 'ország', reason: 'indok' },
  el: { email: 'e-mail', country: 'χώρα', reason: 'αιτιολογία' },
};

/**
 * The "Fill in from my settings" panel, in a shadow root so Meta's styles and scripts leave it
 * alone. Filling happens only on the user's click (or key press) on its button.
 */
export function mountFormAssist(
  doc: Document,
  options: { lang: Lang | null; withReason: boolean; loadSettings: () => Promise<Settings> },
): { remove: () => void } {
  const host = doc.createElement('objector-form-assist');
  const shadow = host.attachShadow({ mode: 'open' });
  const words = (options.lang && FORMS.ui[options.lang]) || FORMS.ui.en;
  const names = FIELD_NAMES[options.lang ?? 'default'];
  if (!words) return { remove: () => host.remove() };
  const style = doc.createElement('style');
  style.textContent = PANEL_CSS;
  const panel = doc.createElement('div');
  panel.className = 'panel';
  panel.setAttribute('role', 'region');
  panel.setAttribute('aria-label', 'Objector');
  const title = doc.createElement('p');
  title.className = 'title';
  title.textContent = 'Objector';
  const button = doc.createElement('button');
  button.type = 'button';
  button.textContent = words.fill;
  const status = doc.createElement('p');
  status.className = 'status';
  status.setAttribute('role', 'status');
  const hint = doc.createElement('p');
  hint.className = 'hint';
  hint.textContent = words.submitHint;
  panel.append(title, button, status, hint);
  shadow.append(style, panel);
  button.addEventListener('click', async () => {
    const settings = await options.loadSettings().catch((): Settings => ({}));
    const result = fillForm(doc, settings, {
      lang: options.lang,
      browserLanguage: navigator.language,
      withReason: options.withReason,
    });
    const done = result.filled.map((f) => names[f]).join(', ');
    const lines = [result.filled.length > 0 ? words.filled.replace('{fields}', done) : ''];
    if (result.missing.length > 0) lines.push(words.missing);
    status.textContent = lines.filter(Boolean).join(' ');
    if (result.submit) pointAt(result.submit);
  });
  (doc.body ?? doc.documentElement).append(host);
  return { remove: () => host.remove() };
}
