import type { FormWords, PageWords } from '../language-schema';

// Lithuanian. No Lithuanian Meta wording found in sources: Meta's usual phrasing rendered in Lithuanian ("DI", „Meta“ in quotes, polite "jūs").

export const page: PageWords = {
  rightToObject: 'teisė nesutikti',
  aiAtMeta: '„Meta“ DI',
  submitObjection: 'Pateikti prieštaravimo užklausą',
  formTitle: 'Nesutikite, kad jūsų informacija būtų naudojama „Meta“ DI tikslais',
  objection: [
    'teisę nesutikti',
    'teise nesutikti',
    'teisės nesutikti',
    'teisė prieštarauti',
    'teisę prieštarauti',
    'nesutikti, kad jūsų informacija būtų naudojama',
    'pateikti prieštaravimą',
    'pateikite prieštaravimą',
  ],
  objectionExact: ['nesutikti', 'nesutinku', 'nesutikimas', 'prieštarauti', 'prieštaravimas', 'pareikšti nesutikimą'],
  aiSections: [
    'Privatumas ir generatyvusis DI',
    'Generatyvusis DI bendrovėje „Meta“',
    'Informacija, kurią bendrinote „Meta“ produktuose',
    'Kaip „Meta“ naudoja informaciją generatyviojo DI modeliams',
  ],
  thirdParty: ['Duomenų subjekto teisės, susijusios su trečiųjų šalių informacija, naudojama „Meta“ DI'],
  confirmation: [
    'atsižvelgsime į jūsų nesutikimą',
    'atsižvelgsime į jūsų prieštaravimą',
    'patenkinsime jūsų prieštaravimą',
    'gerbsime jūsų nesutikimą',
  ],
};

export const form: FormWords = {
  purpose: {
    object: ['nesutik*', 'nesutin*', 'prieštarav*', 'prieštarau*'],
    ai: [
      'di',
      'ai',
      'ai-*',
      'dirbtinis intelektas',
      'dirbtinio intelekto',
      'dirbtinį intelektą',
      'dirbtiniu intelektu',
      'generatyvusis di',
      'generatyviojo di',
      'meta ai',
      'llama',
    ],
    thirdParty: ['trečiųjų šalių', 'trečiosios šalies', 'trečiųjų asmenų', 'trečiojo asmens', 'iš kitų'],
    not: [
      'autorių teis*',
      'intelektinė nuosavybė',
      'intelektinės nuosavybės',
      'prekių ženkl*',
      'padirbt*',
      'klastot*',
      'praneš*',
      'reklam*',
      'skelbim*',
      'apsimetinėj*',
      'įsilauž*',
      'šmeižt*',
    ],
  },
  success: [
    'jūsų užklausa bus taikoma ateityje',
    'jūsų prašymas bus taikomas ateityje',
    'gavome jūsų užklausą',
    'gavome jūsų prašymą',
    'jūsų užklausa išsiųsta',
  ],
  labels: {
    email: ['el. paštas', 'el. pašto adresas', 'elektroninis paštas', 'e-mail', 'email'],
    country: ['šalis', 'gyvenamoji šalis', 'kur gyvenate'],
    reason: ['kaip šis tvarkymas jus veikia', 'kaip šis duomenų tvarkymas jus veikia', 'nesutikimo priežastis'],
    code: ['kodas', 'patvirtinimo kodas', 'patikrinimo kodas', 'saugos kodas', 'vienkartinis kodas'],
  },
  buttons: {
    submit: ['pateikti', 'siųsti', 'išsiųsti'],
    next: ['tęsti', 'toliau', 'kitas'],
    requestCode: ['prašyti kodo', 'siųsti kodą', 'gauti kodą'],
  },
  assist: {
    fill: 'Užpildyti pagal mano nustatymus',
    filled: 'Užpildyta: {fields}. Patikrinkite formą ir tada patys paspauskite paryškintą mygtuką.',
    missing: 'Objector nustatymuose neišsaugotas el. pašto adresas ar šalis: įveskite juos patys.',
    submitHint: 'Objector niekada nepateikia formos už jus.',
    nothing: 'Šiame žingsnyje Objector nėra ką užpildyti. Kai būsite pasiruošę, patys paspauskite paryškintą mygtuką.',
    code: '„Meta“ išsiuntė kodą jūsų el. pašto adresu: patys įveskite jį čia ir tada paspauskite paryškintą mygtuką.',
    done: 'Objector užfiksavo, kad išsiuntėte šią formą: {account}, {time}.',
    confirmed: 'Objector užfiksavo „Meta“ patvirtinimą: {account}, {time}.',
    noAccount:
      'Objector matė, kad forma buvo išsiųsta, bet neprisijungta prie jokios „Facebook“ ar „Instagram“ paskyros, kuriai tai būtų galima užfiksuoti.',
    account: 'jūsų „{platform}“ paskyra {name}',
    fields: { email: 'el. pašto adresas', country: 'šalis', reason: 'priežastis' },
  },
  statement:
    'Pagal {law} nesutinku, kad mano asmens duomenys (įrašai, nuotraukos, komentarai ir kita informacija) būtų ' +
    'naudojami „Meta“ DI kūrimui ir tobulinimui. Tam sutikimo nedaviau; toks tvarkymas atima iš manęs galimybę ' +
    'kontroliuoti savo informaciją, kuri gali būti atkuriama DI sugeneruotame turinyje, o mano teisės ir laisvės ' +
    'yra viršesnės už „Meta“ teisėtą interesą. Prašau nutraukti šį tvarkymą ir patvirtinti mano nesutikimą.',
  law: {
    eu: 'Bendrojo duomenų apsaugos reglamento (BDAR) 21 straipsnį',
    uk: 'Jungtinės Karalystės BDAR (UK GDPR) 21 straipsnį',
    ch: 'Šveicarijos federalinio duomenų apsaugos įstatymo (FADP) 30 straipsnio 2 dalies b punktą',
    br: 'Brazilijos bendrojo duomenų apsaugos įstatymo (LGPD) 18 straipsnio 2 dalį',
  },
};
