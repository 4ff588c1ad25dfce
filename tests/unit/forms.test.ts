import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { FORMS, pageLang } from '@/catalog/forms';
import { FormKnowledge } from '@/catalog/schema';
import { statementIn, trackedPage } from '@/content-scripts/detect';
import { countryFor, fillForm, findFormFields, objectionText } from '@/content-scripts/form-assist';

describe('form knowledge', () => {
  it('is valid against its schema', () => {
    expect(FormKnowledge.safeParse(FORMS).success).toBe(true);
  });

  it.each(['en', 'de', 'it', 'fr', 'es', 'nl', 'pl', 'pt'] as const)(
    'has an Art. 21 objection text and UI in %s',
    (lang) => {
      expect(FORMS.objection[lang]).toMatch(/21/);
      expect(FORMS.ui[lang]?.fill).toBeTruthy();
      expect(FORMS.success[lang]?.length).toBeGreaterThan(0);
      expect(FORMS.confirmation[lang]?.length).toBeGreaterThan(0);
    },
  );

  it.each([
    ['de-DE', 'de'],
    ['pt-BR', 'pt-br'],
    ['pt_PT', 'pt'],
    ['it', 'it'],
    ['xx', null],
    ['', null],
  ])('reads the page language %s as %s', (tag, lang) => {
    expect(pageLang(tag)).toBe(lang);
  });
});

describe('statements on the page', () => {
  it.each([
    ['This means your request will be applied going forward to the development of AI at Meta.', 'submitted'],
    ['Das bedeutet, dass deine Anfrage künftig angewendet wird.', 'submitted'],
    ['Ciò significa che la tua richiesta verrà applicata d’ora in poi allo sviluppo.', 'submitted'],
    ["We've reviewed your request. We will honour your objection.", 'confirmed'],
    ['If your objection is honoured, it will be applied going forward.', null],
    ['Object to Your Information Being Used for AI at Meta', null],
  ])('%s → %s', (text, status) => {
    expect(statementIn(text)).toBe(status);
  });

  it.each([
    [
      'https://www.facebook.com/help/contact/712876720715583?entry_point=x',
      'fb-objection',
      'https://www.facebook.com/help/contact/712876720715583',
    ],
    [
      'https://de-de.facebook.com/help/contact/6359191084165019/submit',
      'fb-objection',
      'https://de-de.facebook.com/help/contact/6359191084165019',
    ],
    [
      'https://help.instagram.com/contact/767264225370182',
      'ig-objection',
      'https://help.instagram.com/contact/767264225370182',
    ],
  ])('%s is the %s form at %s', (href, step, formUrl) => {
    expect(trackedPage(href)).toEqual({ kind: 'form', step, formUrl });
  });

  it('knows the notifications page and ignores the rest', () => {
    expect(trackedPage('https://www.facebook.com/notifications/')).toEqual({ kind: 'notifications' });
    expect(trackedPage('https://www.facebook.com/privacy/center/')).toBeNull();
    expect(trackedPage('https://www.instagram.com/notifications')).toBeNull();
  });
});

describe('form assist', () => {
  const load = (file: string) => {
    const html = readFileSync(`tests/replicas/${file}`, 'utf8');
    document.documentElement.innerHTML = html.replace(/<script>[\s\S]*?<\/script>/g, '');
  };
  beforeEach(() => {
    document.documentElement.innerHTML = '';
  });

  it('finds the 2024 form’s fields by name and its submit button by its words', () => {
    load('fb-form-2024-en.html');
    const fields = findFormFields(document);
    expect(fields.email?.name).toBe('email');
    expect(fields.country?.name).toBe('country');
    expect(fields.reason?.name).toBe('objection_reason');
    expect(fields.submit?.textContent).toBe('Send');
  });

  it('finds the Instagram form’s Field<digits> controls by type and label', () => {
    load('ig-form-2025-en.html');
    const fields = findFormFields(document);
    expect(fields.email?.name).toMatch(/^Field\d+$/);
    expect(fields.reason?.name).toMatch(/^Field\d+$/);
    expect(fields.country).toBeUndefined();
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
    const result = fillForm(
      document,
      { email: 'a@b.example', country: 'DE' },
      { lang: 'de', browserLanguage: 'de-DE', withReason: true },
    );
    expect(result.filled).toEqual(['email', 'country', 'reason']);
    expect((document.querySelector('select') as HTMLSelectElement).selectedOptions[0]?.textContent).toBe('Deutschland');
    expect((document.querySelector('[name=objection_reason]') as HTMLTextAreaElement).value).toContain('Art. 21 DSGVO');
    expect(events).toContain('input:email');
    expect(events).toContain('change:country');
    expect(submitted).toBe(false);

    (document.querySelector('[name=objection_reason]') as HTMLTextAreaElement).value = 'Mein eigener Text';
    fillForm(document, { reason: 'gespeichert' }, { lang: 'de', browserLanguage: 'de', withReason: true });
    expect((document.querySelector('[name=objection_reason]') as HTMLTextAreaElement).value).toBe('Mein eigener Text');
  });

  it('guesses the country only where it is certain', () => {
    expect(countryFor({ country: 'FR' }, 'de-DE')).toBe('FR');
    expect(countryFor({ region: 'uk' }, 'en-US')).toBe('GB');
    expect(countryFor({ region: 'eu' }, 'de-AT')).toBe('AT');
    expect(countryFor({ region: 'eu' }, 'en-US')).toBeUndefined();
    expect(countryFor({}, 'de-DE')).toBeUndefined();
  });

  it('uses the user’s own reason first, then the page language’s text, then English', () => {
    expect(objectionText({ reason: 'Mine' }, 'it')).toBe('Mine');
    expect(objectionText({}, 'it')).toContain('articolo 21');
    expect(objectionText({}, 'pt-br')).toContain('LGPD');
    expect(objectionText({}, 'hu')).toContain('Article 21');
  });
});
