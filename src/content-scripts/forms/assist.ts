import { FORM_WORDS } from '../../catalog/form-words';
import type { FormWords } from '../../catalog/language-schema';
import { pageLang } from '../../catalog/words';
import { parseAccountKey } from '../../core/accounts';
import type { Replies } from '../../core/messages';
import { send } from '../../core/messaging';
import { countriesOf, EEA_COUNTRIES } from '../../core/regions';
import type { Settings } from '../../core/state';
import { OBJECTION_STEPS, type StepId } from '../../core/steps';
import { formRegion } from '../shared/form-structure';
import { createHost, type Host, userEvent } from '../shared/host';
import { normalizeText } from '../shared/text';
import type { Feature } from '../shared/watcher';
import { continueButtons, type FormFields, findFields, stepButton } from './fields';

/** The catalog language of the page, for the assistant's texts and the objection it offers. */
export function assistLanguage(doc: Document): string {
  return pageLang(doc.documentElement.lang, FORM_WORDS) ?? 'en';
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

function regionName(code: string, lang: string): string | undefined {
  try {
    return new Intl.DisplayNames([lang, 'en'], { type: 'region' }).of(code);
  } catch {
    return new Intl.DisplayNames(['en'], { type: 'region' }).of(code);
  }
}

/** Picks the country in a select (by ISO code value or name in the page's or English) or types its name. */
export function fillCountry(field: HTMLSelectElement | HTMLInputElement, code: string, lang: string): boolean {
  const names = [regionName(code, lang), regionName(code, 'en')].filter(Boolean).map((n) => normalizeText(n ?? ''));
  if (field instanceof HTMLSelectElement) {
    const option = [...field.options].find(
      (o) => o.value.toUpperCase() === code || names.includes(normalizeText(o.textContent ?? '')),
    );
    if (!option) return false;
    if (field.value !== option.value) setNativeValue(field, option.value);
    return true;
  }
  const name = regionName(code, lang) ?? code;
  if (field.value !== name) setNativeValue(field, name);
  return true;
}

/** The country to put in the form: the saved one, else the region's only one, else the browser's, if in the EEA. */
export function countryFor(settings: Settings, browserLanguage: string): string | undefined {
  if (settings.country) return settings.country;
  const [only] = settings.region && settings.region !== 'eu' ? countriesOf(settings.region) : [];
  if (only) return only;
  const fromLanguage = browserLanguage.split('-')[1]?.toUpperCase();
  return settings.region === 'eu' && fromLanguage && EEA_COUNTRIES.includes(fromLanguage) ? fromLanguage : undefined;
}

/** The objection text: the user's own, else the short objection in the page's language, citing the region's law. */
export function objectionText(settings: Settings, lang: string): string {
  if (settings.reason?.trim()) return settings.reason;
  const words = FORM_WORDS[lang] ?? (FORM_WORDS.en as FormWords);
  const region = settings.region && settings.region !== 'other' ? settings.region : 'eu';
  return words.statement.replace('{law}', words.law[region]);
}

export interface FillResult {
  filled: Array<'email' | 'country' | 'reason'>;
  /** Fields the form has that nothing saved could fill. */
  missing: Array<'email' | 'country'>;
}

/** Fills what the user saved into the fields; a reason the user already typed is kept. Never submits. */
export function fillFields(
  fields: FormFields,
  settings: Settings,
  options: { lang: string; browserLanguage: string; withReason: boolean },
): FillResult {
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
  return { filled, missing };
}

/** Outlines the button that moves the form on, so the user presses it themselves; scrolls to it on request. */
export function pointAt(button: HTMLElement, scroll: boolean): void {
  button.setAttribute('data-objector-submit', '');
  button.style.setProperty('outline', '4px solid #d6336c', 'important');
  button.style.setProperty('outline-offset', '3px', 'important');
  if (scroll) button.scrollIntoView({ block: 'center', behavior: 'smooth' });
}

function unpoint(doc: Document, keep: HTMLElement | undefined): void {
  for (const el of doc.querySelectorAll<HTMLElement>('[data-objector-submit]')) {
    if (el === keep) continue;
    el.removeAttribute('data-objector-submit');
    el.style.removeProperty('outline');
    el.style.removeProperty('outline-offset');
  }
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
.status:empty { display: none; }
.hint { margin: 6px 0 0; color: #555; font-size: 12px; }
`;

/** What the form's step shows, for the panel: fields to fill, a code to type, nothing, or the recorded result. */
type PanelState =
  | { kind: 'fill' }
  | { kind: 'code' }
  | { kind: 'nothing' }
  | { kind: 'recorded'; record: NonNullable<Replies['step-detected']>; status: 'submitted' | 'confirmed' }
  | { kind: 'no-account' };

/** The panel's text for a recorded status: what Objector noted, for which account, when. */
function recordedText(words: FormWords, lang: string, state: Extract<PanelState, { kind: 'recorded' }>): string {
  const { platform, id } = parseAccountKey(state.record.account);
  const account = words.assist.account
    .replace('{platform}', platform === 'facebook' ? 'Facebook' : 'Instagram')
    .replace('{name}', state.record.name ?? id);
  let time: string;
  try {
    time = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(state.record.at);
  } catch {
    time = new Date(state.record.at).toISOString();
  }
  const template = state.status === 'confirmed' ? words.assist.confirmed : words.assist.done;
  return template.replace('{account}', account).replace('{time}', time);
}

/** The assistant's panel, in a closed shadow root: its texts and the values it fills stay out of the page's reach. */
class AssistPanel {
  readonly host: Host;
  private readonly text: HTMLParagraphElement;
  private readonly button: HTMLButtonElement;
  private readonly status: HTMLParagraphElement;
  private readonly hint: HTMLParagraphElement;

  constructor(
    private readonly doc: Document,
    private readonly words: FormWords,
    fill: () => void,
  ) {
    this.host = createHost(doc, 'objector-panel', 'fixed');
    const style = doc.createElement('style');
    style.textContent = PANEL_CSS;
    const panel = doc.createElement('div');
    panel.className = 'panel';
    panel.setAttribute('role', 'region');
    panel.setAttribute('aria-label', 'Objector');
    const title = doc.createElement('p');
    title.className = 'title';
    title.textContent = 'Objector';
    this.text = doc.createElement('p');
    this.text.className = 'status';
    this.button = doc.createElement('button');
    this.button.type = 'button';
    this.button.textContent = words.assist.fill;
    this.button.addEventListener('click', userEvent(this.host.element, fill));
    this.status = doc.createElement('p');
    this.status.className = 'status';
    this.status.setAttribute('role', 'status');
    this.hint = doc.createElement('p');
    this.hint.className = 'hint';
    this.hint.textContent = words.assist.submitHint;
    panel.append(title, this.text, this.button, this.status, this.hint);
    this.host.shadow.append(style, panel);
  }

  render(state: PanelState, lang: string): void {
    const { assist } = this.words;
    this.button.hidden = state.kind !== 'fill';
    this.hint.hidden = state.kind === 'recorded' || state.kind === 'no-account';
    this.text.textContent =
      state.kind === 'code'
        ? assist.code
        : state.kind === 'nothing'
          ? assist.nothing
          : state.kind === 'recorded'
            ? recordedText(this.words, lang, state)
            : state.kind === 'no-account'
              ? assist.noAccount
              : '';
    if (state.kind === 'recorded' || state.kind === 'no-account') this.status.textContent = '';
    if (!this.host.element.isConnected) (this.doc.body ?? this.doc.documentElement).append(this.host.element);
  }

  say(text: string): void {
    this.status.textContent = text;
  }

  remove(): void {
    this.host.element.remove();
  }
}

export interface AssistSession {
  /** The step of the recognised form, or null while the page is not (yet) known to be one. */
  formStep: () => StepId | null;
  /** What the background recorded for this page, once it did. */
  recorded: () => { record: Replies['step-detected']; status: 'submitted' | 'confirmed' } | null;
  /** Calls `listener` when that changes; returns how to stop. */
  subscribe: (listener: () => void) => () => void;
}

/**
 * "Fill in from my settings" on Meta's objection forms: on each step of the form as it appears it offers
 * to fill what the user saved (e-mail, country, an objection citing the region's law in the page's
 * language), says when the step wants Meta's e-mailed code, and points at the step's own button, which
 * only the user presses. After Meta's page took the form it says what Objector noted, for which account.
 */
export function assistFeature(session: AssistSession): Feature {
  return {
    wants: (page) => (page.kind === 'form' && session.formStep() ? 'text' : null),
    start(_page, signal) {
      const lang = assistLanguage(document);
      const words = FORM_WORDS[lang] ?? (FORM_WORDS.en as FormWords);
      let shown = '';
      // The step's fields, and its own button: the form's, or on a step without fields (the portal's "Request
      // code") the one Meta's words say moves the form on.
      const current = () => {
        const fields = findFields(document);
        const anchor = fields.code ?? fields.email ?? fields.reason ?? fields.country;
        const button = anchor ? stepButton(formRegion(anchor)) : continueButtons(document).at(-1);
        return { fields, button };
      };
      // Runs inside the user's own click on the panel's button (see userEvent): the one time it writes to the form.
      const fill = async () => {
        const settings = await send({ type: 'get-form-settings' }).catch((): Settings => ({}));
        const { fields, button } = current();
        const step = session.formStep();
        const result = fillFields(fields, settings, {
          lang,
          browserLanguage: navigator.language,
          withReason: step !== null && OBJECTION_STEPS.has(step),
        });
        const names = result.filled.map((f) => words.assist.fields[f]).join(', ');
        const lines = [result.filled.length > 0 ? words.assist.filled.replace('{fields}', names) : ''];
        if (result.missing.length > 0) lines.push(words.assist.missing);
        panel.say(lines.filter(Boolean).join(' '));
        if (button) pointAt(button, true);
      };
      const panel = new AssistPanel(document, words, () => void fill());
      const update = () => {
        if (signal.aborted) return;
        const recorded = session.recorded();
        let state: PanelState;
        if (recorded) {
          state = recorded.record
            ? { kind: 'recorded', record: recorded.record, status: recorded.status }
            : { kind: 'no-account' };
          unpoint(document, undefined);
        } else {
          const { fields, button } = current();
          state = fields.code
            ? { kind: 'code' }
            : fields.email || fields.reason || fields.country
              ? { kind: 'fill' }
              : { kind: 'nothing' };
          unpoint(document, button);
          // The step's own button is outlined as the step appears; only the user's click scrolls to it.
          if (button && state.kind !== 'fill') pointAt(button, false);
        }
        const key = JSON.stringify(state);
        if (key === shown) return;
        shown = key;
        panel.render(state, lang);
      };
      const unsubscribe = session.subscribe(update);
      signal.addEventListener(
        'abort',
        () => {
          unsubscribe();
          panel.remove();
          unpoint(document, undefined);
        },
        { once: true },
      );
      update();
      return { added: update, textChanged: update };
    },
  };
}
