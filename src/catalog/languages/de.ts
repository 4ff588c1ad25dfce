import type { FormWords, PageWords } from '../language-schema';

// German. Meta's wording from shared/META-FACTS.md ("KI bei Meta", the form's title, the gateway question).

export const page: PageWords = {
  rightToObject: 'Widerspruchsrecht',
  aiAtMeta: 'KI bei Meta',
  submitObjection: 'Widerspruchsanfrage einreichen',
  formTitle: 'Einspruch gegen die Verwendung deiner Informationen für KI bei Meta',
  objection: ['Recht auf Widerspruch', 'Widerspruch einlegen', 'der Verwendung deiner Informationen widersprechen'],
  objectionExact: ['widersprechen', 'zu widersprechen', 'Widerspruch', 'hier widersprechen', 'Einspruch'],
  aiSections: [
    'So verwenden wir Informationen für KI bei Meta',
    'Datenschutz und generative KI',
    'Informationen, die du auf Meta-Produkten geteilt hast',
  ],
  thirdParty: ['Betroffenenrechte für Informationen von Dritten, die für KI bei Meta verwendet werden'],
  confirmation: [
    'werden deinem Widerspruch nachkommen',
    'wir kommen deinem Widerspruch nach',
    'wir werden deinem Einspruch stattgeben',
    'wir werden deinen Widerspruch berücksichtigen',
  ],
};

export const form: FormWords = {
  purpose: {
    object: ['widersp*', 'einspruch*', 'einwand*'],
    ai: ['ki', 'künstliche intelligenz', 'künstlicher intelligenz', 'generative ki', 'meta ai', 'ki-*'],
    thirdParty: ['dritte*', 'dritten', 'von anderen'],
    not: [
      'urheberrecht*',
      'geistiges eigentum',
      'geistigen eigentums',
      'marken*',
      'fälschung*',
      'melden',
      'meldung*',
      'werbung*',
      'anzeige*',
      'identitätsdiebstahl',
      'gehackt*',
    ],
  },
  success: ['deine Anfrage künftig angewendet', 'wir haben deine Anfrage erhalten', 'deine Anfrage wurde gesendet'],
  labels: {
    email: ['e-mail', 'e-mail-adresse', 'email'],
    country: ['land', 'wohnsitzland', 'land des wohnsitzes'],
    reason: ['wie sich diese Verarbeitung auf dich auswirkt', 'Grund für deinen Widerspruch'],
    code: ['code', 'bestätigungscode', 'sicherheitscode', 'einmalcode'],
  },
  buttons: {
    submit: ['senden', 'absenden'],
    next: ['weiter', 'fortfahren'],
    requestCode: ['code anfordern', 'code senden'],
  },
  assist: {
    fill: 'Mit meinen Einstellungen ausfüllen',
    filled: 'Ausgefüllt: {fields}. Prüfe das Formular und klicke dann selbst auf die markierte Schaltfläche.',
    missing: 'Keine E-Mail-Adresse oder kein Land in den Einstellungen von Objector: Bitte trag das selbst ein.',
    submitHint: 'Objector sendet das Formular nie für dich ab.',
    nothing:
      'In diesem Schritt gibt es für Objector nichts auszufüllen. Klicke selbst auf die markierte Schaltfläche, wenn du so weit bist.',
    code: 'Meta hat dir einen Code an deine E-Mail-Adresse geschickt: Gib ihn hier selbst ein und klicke dann auf die markierte Schaltfläche.',
    done: 'Objector hat vermerkt, dass du dieses Formular gesendet hast, für {account}, am {time}.',
    confirmed: 'Objector hat die Bestätigung von Meta vermerkt, für {account}, am {time}.',
    noAccount:
      'Objector hat gesehen, dass das Formular angekommen ist, aber es ist kein Facebook- oder Instagram-Konto angemeldet, für das es das vermerken kann.',
    account: 'dein {platform}-Konto {name}',
    fields: { email: 'E-Mail-Adresse', country: 'Land', reason: 'Begründung' },
  },
  statement:
    'Ich widerspreche gemäß {law} der Verwendung meiner personenbezogenen Daten (Beiträge, Fotos, Kommentare und ' +
    'andere Informationen) für die Entwicklung und Verbesserung von KI bei Meta. Ich habe nicht eingewilligt; die ' +
    'Verarbeitung nimmt mir die Kontrolle über meine Informationen, die in KI-Ausgaben wiedergegeben werden können, ' +
    'und meine Rechte und Freiheiten überwiegen das berechtigte Interesse von Meta. Bitte beenden Sie diese ' +
    'Verarbeitung und bestätigen Sie meinen Widerspruch.',
  law: {
    eu: 'Art. 21 DSGVO',
    uk: 'Art. 21 UK GDPR',
    ch: 'Art. 30 Abs. 2 lit. b DSG',
    br: 'Art. 18 § 2 LGPD',
  },
};
