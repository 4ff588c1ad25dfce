import type { FormWords, PageWords } from '../language-schema';

// Italian. Meta's wording from shared/META-FACTS.md and Italian press quoting the Privacy Center and the success screen.

export const page: PageWords = {
  rightToObject: 'diritto di opposizione',
  aiAtMeta: 'IA in Meta',
  submitObjection: 'Invia una richiesta di opposizione',
  formTitle: "Contesta l'uso delle tue informazioni per l'IA di Meta",
  objection: [
    'diritto di opporti',
    'diritto di opporsi',
    "opporti all'uso delle tue informazioni",
    "contesta l'uso delle tue informazioni",
  ],
  objectionExact: ['opporti', 'opporsi', 'opponiti', 'opposizione', 'contesta', 'obiezione'],
  aiSections: [
    'Privacy e IA generativa',
    'IA generativa in Meta',
    'Informazioni che hai condiviso sui Prodotti Meta',
    'Informazioni che hai condiviso sui Prodotti di Meta',
    'Come Meta usa le informazioni per i modelli di IA generativa',
  ],
  thirdParty: [
    "Diritti dell'interessato per le informazioni di terzi usate per l'IA in Meta",
    "Diritti dell'interessato relativi all'IA generativa",
  ],
  confirmation: [
    'accoglieremo la tua opposizione',
    'abbiamo accolto la tua opposizione',
    'la tua opposizione è stata accolta',
    'rispetteremo la tua opposizione',
  ],
};

export const form: FormWords = {
  purpose: {
    // Not "oppor*": it would take "opportunità"; not "contest*": it would take "contesto".
    object: ['opporsi', 'opporti', 'oppormi', 'opporre', 'oppong*', 'opponi*', 'opposizion*', 'obiezion*', 'contesta*'],
    ai: ['ia', 'ai', 'intelligenza artificiale', 'ia generativa', 'meta ai', 'llama'],
    thirdParty: ['terzi', 'terze parti', 'terza parte', 'altre persone'],
    not: [
      'copyright',
      "diritto d'autore",
      "diritti d'autore",
      'proprietà intellettuale',
      'marchi*',
      'contraffa*',
      'segnala*',
      'inserzion*',
      'pubblicità',
      'pubblicitari*',
      "furto d'identità",
      'furto di identità',
      'sostituzione di persona',
      'hackerat*',
      'account compromesso',
      'diffamazion*',
    ],
  },
  success: [
    "la tua richiesta verrà applicata d'ora in avanti",
    'abbiamo ricevuto la tua richiesta',
    'la tua richiesta è stata inviata',
  ],
  labels: {
    email: ['e-mail', 'indirizzo e-mail', 'email', 'indirizzo email'],
    country: ['paese', 'paese di residenza', 'paese in cui risiedi'],
    reason: [
      'in che modo questo trattamento ha un impatto su di te',
      'in che modo questo trattamento ti riguarda',
      'motivo della tua opposizione',
    ],
    code: ['codice', 'codice di conferma', 'codice di verifica', 'codice di sicurezza'],
  },
  buttons: {
    submit: ['invia'],
    next: ['continua', 'avanti'],
    requestCode: ['richiedi codice', 'richiedi un codice', 'invia codice', 'ottieni codice'],
  },
  assist: {
    fill: 'Compila con le mie impostazioni',
    filled: 'Compilato: {fields}. Controlla il modulo, poi premi tu il pulsante evidenziato.',
    missing: 'Nessun indirizzo e-mail o paese salvato nelle impostazioni di Objector: inseriscili tu.',
    submitHint: 'Objector non invia mai il modulo al posto tuo.',
    nothing: 'In questo passaggio Objector non ha niente da compilare. Premi tu il pulsante evidenziato quando vuoi.',
    code: 'Meta ti ha inviato un codice via e-mail: inseriscilo tu qui, poi premi il pulsante evidenziato.',
    done: 'Objector ha registrato che hai inviato questo modulo, per {account}, il {time}.',
    confirmed: 'Objector ha registrato la conferma di Meta, per {account}, il {time}.',
    noAccount:
      'Objector ha visto partire il modulo, ma non c’è nessun account Facebook o Instagram connesso a cui registrarlo.',
    account: 'il tuo account {platform} {name}',
    fields: { email: 'indirizzo e-mail', country: 'paese', reason: 'motivo' },
  },
  statement:
    'Ai sensi dell’{law}, mi oppongo all’uso dei miei dati personali (post, foto, commenti e altre informazioni) per ' +
    'sviluppare e migliorare l’IA in Meta. Non ho dato il mio consenso; questo trattamento mi toglie il controllo ' +
    'sulle mie informazioni, che possono essere riprodotte nei risultati dell’IA, e i miei diritti e le mie libertà ' +
    'prevalgono sul legittimo interesse di Meta. Vi chiedo di interrompere questo trattamento e di confermare la mia ' +
    'opposizione.',
  law: {
    eu: 'art. 21 del GDPR (Regolamento generale sulla protezione dei dati)',
    uk: 'art. 21 dello UK GDPR',
    ch: 'art. 30 cpv. 2 lett. b LPD',
    br: 'art. 18, § 2, della LGPD brasiliana',
  },
};
