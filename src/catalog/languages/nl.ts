import type { FormWords, PageWords } from '../language-schema';

// Dutch. Meta's wording from shared/META-FACTS.md and Dutch press quoting Meta's e-mail (the "bezwaar maken" link, "honoreren").

export const page: PageWords = {
  rightToObject: 'recht van bezwaar',
  aiAtMeta: 'AI bij Meta',
  submitObjection: 'Bezwaarverzoek indienen',
  formTitle: 'Bezwaar maken tegen het gebruik van je informatie voor AI bij Meta',
  objection: [
    'recht om bezwaar te maken',
    'bezwaar maken tegen het gebruik van je informatie',
    'bezwaar maken tegen het gebruik van je gegevens',
    'dien een bezwaarverzoek in',
  ],
  objectionExact: ['bezwaar maken', 'bezwaar', 'maak bezwaar', 'bezwaar indienen', 'hier bezwaar maken'],
  aiSections: [
    'Privacy en generatieve AI',
    'Generatieve AI bij Meta',
    'Informatie die je op Meta-producten hebt gedeeld',
    'Hoe Meta informatie gebruikt voor generatieve AI-modellen',
  ],
  thirdParty: [
    'Rechten van betrokkenen voor informatie van derden die wordt gebruikt voor AI bij Meta',
    'Rechten van betrokkenen bij generatieve AI',
  ],
  confirmation: [
    'we honoreren je bezwaar',
    'we zullen je bezwaar honoreren',
    'we gaan je bezwaar honoreren',
    'we willigen je bezwaar in',
  ],
};

export const form: FormWords = {
  purpose: {
    object: ['bezwaar*'],
    ai: ['ai', 'kunstmatige intelligentie', 'generatieve ai', 'meta ai', 'llama'],
    thirdParty: ['derden', 'derde partij*', 'van anderen'],
    not: [
      'auteursrecht*',
      'intellectueel eigendom',
      'intellectuele eigendom*',
      'merkenrecht*',
      'handelsmerk*',
      'namaak',
      'vervalst*',
      'melden',
      'melding*',
      'rapporteren',
      'advertentie*',
      'reclame*',
      'identiteitsfraude',
      'zich voordoen als',
      'gehackt*',
      'smaad',
      'laster',
    ],
  },
  success: [
    'je verzoek wordt voortaan toegepast',
    'je verzoek wordt vanaf nu toegepast',
    'we hebben je verzoek ontvangen',
    'je verzoek is verzonden',
  ],
  labels: {
    email: ['e-mailadres', 'e-mail', 'email', 'emailadres'],
    country: ['land', 'land van verblijf', 'woonland', 'land waar je woont'],
    reason: [
      'hoe deze verwerking van invloed is op jou',
      'hoe deze verwerking je beïnvloedt',
      'hoe deze verwerking je raakt',
      'reden voor je bezwaar',
    ],
    code: ['code', 'bevestigingscode', 'verificatiecode', 'beveiligingscode'],
  },
  buttons: {
    submit: ['verzenden', 'versturen', 'indienen'],
    next: ['doorgaan', 'volgende', 'verder'],
    requestCode: ['code aanvragen', 'code opvragen', 'code verzenden', 'code versturen'],
  },
  assist: {
    fill: 'Invullen met mijn instellingen',
    filled: 'Ingevuld: {fields}. Controleer het formulier en klik dan zelf op de gemarkeerde knop.',
    missing: 'Geen e-mailadres of land opgeslagen in de instellingen van Objector: vul die zelf in.',
    submitHint: 'Objector verstuurt het formulier nooit voor je.',
    nothing: 'In deze stap heeft Objector niets in te vullen. Klik zelf op de gemarkeerde knop wanneer je zover bent.',
    code: 'Meta heeft je een code gestuurd op je e-mailadres: vul die hier zelf in en klik dan op de gemarkeerde knop.',
    done: 'Objector heeft genoteerd dat je dit formulier hebt verstuurd, voor {account}, op {time}.',
    confirmed: 'Objector heeft de bevestiging van Meta genoteerd, voor {account}, op {time}.',
    noAccount:
      'Objector zag dat het formulier is verstuurd, maar er is geen Facebook- of Instagram-account ingelogd om het bij te noteren.',
    account: 'je {platform}-account {name}',
    fields: { email: 'e-mailadres', country: 'land', reason: 'reden' },
  },
  statement:
    'Op grond van {law} maak ik bezwaar tegen het gebruik van mijn persoonsgegevens (berichten, foto’s, reacties en ' +
    'andere informatie) voor het ontwikkelen en verbeteren van AI bij Meta. Ik heb hiervoor geen toestemming ' +
    'gegeven; deze verwerking ontneemt mij de controle over mijn informatie, die in AI-uitvoer kan worden ' +
    'weergegeven, en mijn rechten en vrijheden wegen zwaarder dan het gerechtvaardigde belang van Meta. Ik verzoek ' +
    'u deze verwerking te staken en mijn bezwaar te bevestigen.',
  law: {
    eu: 'artikel 21 AVG',
    uk: 'artikel 21 van de UK GDPR',
    ch: 'artikel 30, lid 2, onder b, van de Zwitserse federale wet betreffende gegevensbescherming (DSG)',
    br: 'artikel 18, § 2, van de Braziliaanse LGPD',
  },
};
