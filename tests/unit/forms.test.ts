import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { classifyPage } from '@/catalog/pages';
import { countryFor, fillFields, objectionText } from '@/content-scripts/forms/assist';
import { continueButtons, findFields, stepButton } from '@/content-scripts/forms/fields';
import { purposeOf, recogniseForm } from '@/content-scripts/forms/purpose';
import { formRegion, showsError } from '@/content-scripts/shared/form-structure';

const load = (file: string) => {
  const html = readFileSync(`tests/replicas/${file}`, 'utf8');
  document.documentElement.innerHTML = html.replace(/<script>[\s\S]*?<\/script>|<link[^>]*>/g, '');
};

/** The portal's step 1 as its app renders it: no names, labels of every kind, div buttons. */
const PORTAL_STEP = `
  <div role="main"><div class="x1"><h1>Request to object: use of your information for generative AI at Meta</h1>
  <span>Facebook</span>
  <label for=":r0:">Country of residence</label><select id=":r0:"><option value="">Select</option><option value="DE">Germany</option></select>
  <span id=":r1:">Email address</span><input id=":r2:" type="text" aria-labelledby=":r1:">
  <textarea placeholder="Tell us how this use of your information affects you"></textarea>
  <div class="x2" role="status">2 required fields remaining</div>
  <div role="button" tabindex="0"><span>Back</span></div><div role="button" tabindex="0"><span>Continue</span></div>
  </div></div>`;

describe('form fields', () => {
  beforeEach(() => {
    document.documentElement.innerHTML = '';
  });

  it('finds the 2024 form’s fields by name and its submit button by its words', () => {
    load('fb-form-2024-en.html');
    const fields = findFields(document);
    expect(fields.email?.name).toBe('email');
    expect(fields.country?.name).toBe('country');
    expect(fields.reason?.name).toBe('objection_reason');
    expect(stepButton(formRegion(fields.email as Element))?.textContent).toBe('Send');
  });

  it('finds the Instagram form’s Field<digits> controls by type and label', () => {
    load('ig-form-2025-en.html');
    const fields = findFields(document);
    expect(fields.email?.name).toMatch(/^Field\d+$/);
    expect(fields.reason?.name).toMatch(/^Field\d+$/);
    expect(fields.country).toBeUndefined();
  });

  it('finds the portal’s fields without names, by label, aria-labelledby and placeholder, and its Continue', () => {
    document.body.innerHTML = PORTAL_STEP;
    const fields = findFields(document);
    expect(fields.country?.id).toBe(':r0:');
    expect(fields.email?.id).toBe(':r2:');
    expect(fields.reason?.placeholder).toMatch(/affects you/);
    const button = stepButton(formRegion(fields.email as Element));
    expect(button?.textContent).toBe('Continue');
    expect(continueButtons(document).map((b) => b.textContent)).toEqual(['Continue']);
  });

  it('knows the one-time-code field, by its autocomplete or its label', () => {
    document.body.innerHTML = `<div><input autocomplete="one-time-code" inputmode="numeric">
      <div role="button" tabindex="0">Submit</div></div>`;
    expect(findFields(document).code).toBeDefined();
    document.body.innerHTML = '<div><input type="text" aria-label="Bestätigungscode"></div>';
    expect(findFields(document).code?.getAttribute('aria-label')).toBe('Bestätigungscode');
    expect(findFields(document).email).toBeUndefined();
  });

  it('sees an error on screen: an alert with words, or a field marked invalid; not an empty alert', () => {
    document.body.innerHTML = '<p role="alert"></p><input>';
    expect(showsError(document)).toBe(false);
    document.body.innerHTML = '<p role="alert">Something went wrong.</p>';
    expect(showsError(document)).toBe(true);
    document.body.innerHTML = '<input aria-invalid="true">';
    expect(showsError(document)).toBe(true);
  });

  it('leaves the header’s search box out of the form', () => {
    document.body.innerHTML = `<div role="banner"><form role="search"><input type="text" name="q"></form></div>
      <div role="main"><h1>Thanks</h1></div>`;
    expect(findFields(document)).toEqual({});
  });
});

describe('form assist', () => {
  beforeEach(() => {
    document.documentElement.innerHTML = '';
  });

  it('fills with input and change events, keeps a reason the user typed, and never submits', () => {
    load('fb-form-2024-de.html');
    const events: string[] = [];
    document.addEventListener('input', (e) => events.push(`input:${(e.target as HTMLInputElement).name}`), true);
    document.addEventListener('change', (e) => events.push(`change:${(e.target as HTMLInputElement).name}`), true);
    let submitted = false;
    document.addEventListener('submit', () => {
      submitted = true;
    });
    const options = { lang: 'de', browserLanguage: 'de-DE', withReason: true };
    const result = fillFields(findFields(document), { email: 'a@b.example', country: 'DE', region: 'eu' }, options);
    expect(result.filled).toEqual(['email', 'country', 'reason']);
    expect((document.querySelector('select') as HTMLSelectElement).selectedOptions[0]?.textContent).toBe('Deutschland');
    expect((document.querySelector('[name=objection_reason]') as HTMLTextAreaElement).value).toContain('Art. 21 DSGVO');
    expect(events).toContain('input:email');
    expect(events).toContain('change:country');
    expect(submitted).toBe(false);

    (document.querySelector('[name=objection_reason]') as HTMLTextAreaElement).value = 'Mein eigener Text';
    fillFields(findFields(document), { reason: 'gespeichert' }, options);
    expect((document.querySelector('[name=objection_reason]') as HTMLTextAreaElement).value).toBe('Mein eigener Text');
  });

  it('picks the country in the portal’s select by its code', () => {
    document.body.innerHTML = PORTAL_STEP;
    const result = fillFields(
      findFields(document),
      { email: 'a@b.example', country: 'DE' },
      {
        lang: 'en',
        browserLanguage: 'en',
        withReason: false,
      },
    );
    expect(result.filled).toEqual(['email', 'country']);
    expect((document.querySelector('select') as HTMLSelectElement).value).toBe('DE');
  });

  it('guesses the country only where it is certain', () => {
    expect(countryFor({ country: 'FR' }, 'de-DE')).toBe('FR');
    expect(countryFor({ region: 'uk' }, 'en-US')).toBe('GB');
    expect(countryFor({ region: 'eu' }, 'de-AT')).toBe('AT');
    expect(countryFor({ region: 'eu' }, 'en-US')).toBeUndefined();
    expect(countryFor({}, 'de-DE')).toBeUndefined();
  });

  it('offers the user’s own reason first, else the objection in the page’s language citing the region’s law', () => {
    expect(objectionText({ reason: 'Mine' }, 'it')).toBe('Mine');
    expect(objectionText({ region: 'eu' }, 'it')).toMatch(/21.*GDPR|GDPR.*21/);
    expect(objectionText({ region: 'uk' }, 'en')).toContain('UK GDPR');
    expect(objectionText({ region: 'ch' }, 'de')).toContain('DSG');
    expect(objectionText({ region: 'ch' }, 'fr')).toContain('LPD');
    expect(objectionText({ region: 'br' }, 'pt-br')).toContain('LGPD');
    expect(objectionText({ region: 'br' }, 'en')).toContain('LGPD');
    expect(objectionText({}, 'xx')).toContain('Article 21 GDPR');
  });
});

describe('forms recognised by what they are', () => {
  beforeEach(() => {
    document.documentElement.innerHTML = '';
  });

  it.each([
    ['Object to Your Information Being Used for AI at Meta', 'objection'],
    ['Objection to the use of your data for generative AI models', 'objection'],
    ['Widerspruch gegen die Nutzung deiner Daten für KI-Training bei Meta', 'objection'],
    ['Data subject rights for third-party information used for AI at Meta', null],
    ['Object to or restrict third-party information used for AI at Meta', 'third-party'],
    ['Object to the removal of your content for copyright reasons', null],
    ['Report an intellectual property infringement', null],
    ['Object to ads personalisation', null],
    ['About AI at Meta', null],
    ['Help Centre', null],
  ])('%s → %s', (title, purpose) => {
    expect(purposeOf(title)).toBe(purpose);
  });

  /** The page at a Meta address (every one here is). */
  const pageAt = (url: string) => {
    const page = classifyPage(url);
    if (!page) throw new Error(`not a Meta page: ${url}`);
    return page;
  };

  it('a known id wins over any title; an unknown id is read by its title; a known other form never counts', () => {
    document.title = 'Copyright report form';
    expect(recogniseForm(pageAt('https://www.facebook.com/help/contact/712876720715583'), document)?.step).toBe(
      'fb-objection',
    );
    document.title = 'Object to the use of your information for AI models at Meta';
    expect(recogniseForm(pageAt('https://www.facebook.com/help/contact/1102437189873412'), document)?.id).toBe(
      'fb-objection-form',
    );
    expect(recogniseForm(pageAt('https://www.facebook.com/help/contact/1758255661104383'), document)).toBeNull();
    expect(recogniseForm(pageAt('https://www.facebook.com/privacy/center/'), document)).toBeNull();
  });

  it('on the portal, which serves every product, the form is Instagram’s only when it names Instagram alone', () => {
    const portal = pageAt('https://help.meta.com/requests/1187329905561034/');
    document.body.innerHTML = '<h1>Object to your information being used for AI at Meta</h1><p>Instagram</p>';
    expect(recogniseForm(portal, document)?.step).toBe('ig-objection');
    document.body.innerHTML = PORTAL_STEP;
    expect(recogniseForm(portal, document)?.step).toBe('fb-objection');
    document.body.innerHTML = '<h1>Object to the removal of your content for copyright reasons</h1>';
    document.title = 'Meta Help Center';
    expect(recogniseForm(portal, document)).toBeNull();
  });
});
