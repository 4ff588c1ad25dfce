import { LANGS } from './langs';
import type { FormKnowledge, Lang } from './schema';
import { CONFIRMATION_PHRASES, SUCCESS_PHRASES } from './statements';

/**
 * What Objector reads and writes on Meta's objection forms, as data: the success and confirmation
 * texts that mark a step `submitted` / `confirmed`, how to find the form's fields, and the short
 * objection text it offers. Facts from shared/META-FACTS.md: the English success meaning and the
 * UK confirmation e-mail wording are reported; the other languages are translations in Meta's
 * usual wording, to be checked against the live pages (adding a phrase is one line here). Validated
 * by FormKnowledge (schema.ts) in a unit test; this module ships in the form pages' content script only.
 */

export const FORMS: FormKnowledge = {
  success: SUCCESS_PHRASES,
  confirmation: CONFIRMATION_PHRASES,
  fields: {
    email: {
      names: ['email', 'contact_email', 'email_address'],
      labels: {
        en: ['email', 'e-mail', 'email address'],
        de: ['e-mail', 'e-mail-adresse'],
        it: ['e-mail', 'indirizzo e-mail', 'email'],
        fr: ['e-mail', 'adresse e-mail', 'courriel'],
        es: ['correo electrónico', 'e-mail'],
        nl: ['e-mailadres', 'e-mail'],
        pl: ['adres e-mail', 'e-mail'],
        pt: ['e-mail', 'endereço de e-mail'],
      },
    },
    country: {
      names: ['country', 'country_of_residence', 'residence_country'],
      labels: {
        en: ['country', 'country of residence', 'where do you live'],
        de: ['land', 'wohnsitzland', 'land des wohnsitzes'],
        it: ['paese', 'paese di residenza'],
        fr: ['pays', 'pays de résidence'],
        es: ['país', 'país de residencia'],
        nl: ['land', 'land van verblijf'],
        pl: ['kraj', 'kraj zamieszkania'],
        pt: ['país', 'país de residência'],
      },
    },
    reason: {
      names: ['objection_reason', 'reason', 'processing_impact'],
      labels: {
        en: ['how this processing impacts you', 'how this processing affects you', 'reason for your objection'],
        de: ['wie sich diese verarbeitung auf dich auswirkt', 'grund für deinen widerspruch'],
        it: ['in che modo questo trattamento ti riguarda', 'motivo della tua opposizione'],
        fr: ['comment ce traitement vous affecte', 'comment ce traitement t’affecte', 'motif de votre opposition'],
        es: ['cómo te afecta este tratamiento', 'motivo de tu oposición'],
        nl: ['hoe deze verwerking je raakt', 'reden voor je bezwaar'],
        pl: ['jak to przetwarzanie wpływa na ciebie', 'powód sprzeciwu'],
        pt: ['como este tratamento te afeta', 'motivo da tua oposição'],
        'pt-br': ['diga-nos como esse processamento afeta você'],
      },
    },
  },
  submit: {
    en: ['submit', 'send'],
    de: ['senden', 'absenden'],
    fr: ['envoyer'],
    it: ['invia'],
    es: ['enviar'],
    nl: ['verzenden'],
    pl: ['wyślij'],
    pt: ['enviar'],
  },
  objection: {
    en:
      'I object, under Article 21 GDPR, to the use of my personal data (posts, photos, comments and other ' +
      'information) to develop and improve AI at Meta. I did not consent to it; it takes away my control over my ' +
      'information, which may be reproduced in AI outputs, and my rights and freedoms override Meta’s legitimate ' +
      'interest. Please stop this processing and confirm my objection.',
    de:
      'Ich widerspreche gemäß Art. 21 DSGVO der Verwendung meiner personenbezogenen Daten (Beiträge, Fotos, ' +
      'Kommentare und andere Informationen) für die Entwicklung und Verbesserung von KI bei Meta. Ich habe nicht ' +
      'eingewilligt; die Verarbeitung nimmt mir die Kontrolle über meine Informationen, die in KI-Ausgaben ' +
      'wiedergegeben werden können, und meine Rechte und Freiheiten überwiegen das berechtigte Interesse von Meta. ' +
      'Bitte beenden Sie diese Verarbeitung und bestätigen Sie meinen Widerspruch.',
    it:
      'Ai sensi dell’articolo 21 del GDPR mi oppongo all’uso dei miei dati personali (post, foto, commenti e altre ' +
      'informazioni) per sviluppare e migliorare l’IA di Meta. Non ho dato il mio consenso; questo trattamento mi ' +
      'toglie il controllo sulle mie informazioni, che possono essere riprodotte nei risultati dell’IA, e i miei ' +
      'diritti e le mie libertà prevalgono sul legittimo interesse di Meta. Vi chiedo di interrompere questo ' +
      'trattamento e di confermare la mia opposizione.',
    fr:
      'Conformément à l’article 21 du RGPD, je m’oppose à l’utilisation de mes données personnelles (publications, ' +
      'photos, commentaires et autres informations) pour développer et améliorer l’IA de Meta. Je n’y ai pas ' +
      'consenti ; ce traitement me prive du contrôle de mes informations, qui peuvent être reproduites dans les ' +
      'résultats de l’IA, et mes droits et libertés prévalent sur l’intérêt légitime de Meta. Veuillez cesser ce ' +
      'traitement et confirmer mon opposition.',
    es:
      'De acuerdo con el artículo 21 del RGPD, me opongo al uso de mis datos personales (publicaciones, fotos, ' +
      'comentarios y otra información) para desarrollar y mejorar la IA de Meta. No he dado mi consentimiento; este ' +
      'tratamiento me quita el control sobre mi información, que puede reproducirse en los resultados de la IA, y ' +
      'mis derechos y libertades prevalecen sobre el interés legítimo de Meta. Les pido que cesen este tratamiento y ' +
      'confirmen mi oposición.',
    nl:
      'Op grond van artikel 21 AVG maak ik bezwaar tegen het gebruik van mijn persoonsgegevens (berichten, foto’s, ' +
      'reacties en andere informatie) voor het ontwikkelen en verbeteren van AI bij Meta. Ik heb hiervoor geen ' +
      'toestemming gegeven; deze verwerking ontneemt mij de controle over mijn informatie, die in AI-uitvoer kan ' +
      'worden weergegeven, en mijn rechten en vrijheden wegen zwaarder dan het gerechtvaardigd belang van Meta. ' +
      'Stop deze verwerking en bevestig mijn bezwaar.',
    pl:
      'Na podstawie art. 21 RODO wnoszę sprzeciw wobec wykorzystywania moich danych osobowych (postów, zdjęć, ' +
      'komentarzy i innych informacji) do rozwijania i ulepszania SI w Meta. Nie wyrażam na to zgody; to ' +
      'przetwarzanie odbiera mi kontrolę nad moimi informacjami, które mogą być odtwarzane w wynikach SI, a moje ' +
      'prawa i wolności przeważają nad prawnie uzasadnionym interesem Meta. Proszę o zaprzestanie tego ' +
      'przetwarzania i potwierdzenie mojego sprzeciwu.',
    pt:
      'Nos termos do artigo 21.º do RGPD, oponho-me à utilização dos meus dados pessoais (publicações, fotografias, ' +
      'comentários e outras informações) para desenvolver e melhorar a IA na Meta. Não dei o meu consentimento; ' +
      'este tratamento retira-me o controlo sobre as minhas informações, que podem ser reproduzidas nos resultados ' +
      'da IA, e os meus direitos e liberdades prevalecem sobre o interesse legítimo da Meta. Peço que cessem este ' +
      'tratamento e confirmem a minha oposição.',
    'pt-br':
      'Com base no art. 18, § 2º, da LGPD, oponho-me ao uso dos meus dados pessoais (publicações, fotos, ' +
      'comentários e outras informações) para desenvolver e melhorar a IA da Meta. Não dei meu consentimento; esse ' +
      'tratamento me tira o controle sobre minhas informações, que podem ser reproduzidas nos resultados da IA. ' +
      'Peço que interrompam esse tratamento e confirmem minha oposição.',
  },
  ui: {
    en: {
      fill: 'Fill in from my settings',
      filled: 'Filled in: {fields}. Check the form, then press the highlighted button yourself.',
      missing: 'No e-mail or country saved in Objector’s settings: fill those in yourself.',
      submitHint: 'Objector never sends the form for you.',
    },
    de: {
      fill: 'Mit meinen Einstellungen ausfüllen',
      filled: 'Ausgefüllt: {fields}. Prüfe das Formular und klicke dann selbst auf die markierte Schaltfläche.',
      missing: 'Keine E-Mail-Adresse oder kein Land in Objectors Einstellungen: bitte selbst eintragen.',
      submitHint: 'Objector sendet das Formular nie für dich ab.',
    },
    it: {
      fill: 'Compila con le mie impostazioni',
      filled: 'Compilato: {fields}. Controlla il modulo, poi premi tu il pulsante evidenziato.',
      missing: 'Nessuna e-mail o nessun paese nelle impostazioni di Objector: inseriscili tu.',
      submitHint: 'Objector non invia mai il modulo al posto tuo.',
    },
    fr: {
      fill: 'Remplir avec mes réglages',
      filled: 'Rempli : {fields}. Vérifiez le formulaire, puis cliquez vous-même sur le bouton surligné.',
      missing: 'Aucune adresse e-mail ni aucun pays dans les réglages d’Objector : à remplir vous-même.',
      submitHint: 'Objector n’envoie jamais le formulaire à votre place.',
    },
    es: {
      fill: 'Rellenar con mis ajustes',
      filled: 'Rellenado: {fields}. Revisa el formulario y pulsa tú el botón resaltado.',
      missing: 'No hay correo ni país en los ajustes de Objector: rellénalos tú.',
      submitHint: 'Objector nunca envía el formulario por ti.',
    },
    nl: {
      fill: 'Invullen met mijn instellingen',
      filled: 'Ingevuld: {fields}. Controleer het formulier en klik dan zelf op de gemarkeerde knop.',
      missing: 'Geen e-mailadres of land in de instellingen van Objector: vul die zelf in.',
      submitHint: 'Objector verstuurt het formulier nooit voor je.',
    },
    pl: {
      fill: 'Wypełnij z moich ustawień',
      filled: 'Wypełniono: {fields}. Sprawdź formularz, a potem sam(a) kliknij wyróżniony przycisk.',
      missing: 'Brak adresu e-mail lub kraju w ustawieniach Objectora: uzupełnij je sam(a).',
      submitHint: 'Objector nigdy nie wysyła formularza za Ciebie.',
    },
    pt: {
      fill: 'Preencher com as minhas definições',
      filled: 'Preenchido: {fields}. Verifica o formulário e carrega tu no botão destacado.',
      missing: 'Sem e-mail ou país nas definições do Objector: preenche-os tu.',
      submitHint: 'O Objector nunca envia o formulário por ti.',
    },
  },
};

/** EU and EEA countries: a browser language's region ("de-AT" → AT) is a safe guess of residence only here. */
export const EEA_COUNTRIES: ReadonlySet<string> = new Set(
  'AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IS IT LI LT LU LV MT NL NO PL PT RO SE SI SK'.split(' '),
);

/** The catalog language of a page from its `lang` attribute ("de-DE" → de, "pt-BR" → pt-br); null if unknown. */
export function pageLang(lang: string | null | undefined): Lang | null {
  const tag = (lang ?? '').trim().toLowerCase().replace('_', '-');
  if (tag === 'pt-br') return 'pt-br';
  const base = tag.split('-')[0] ?? '';
  return (LANGS as readonly string[]).includes(base) ? (base as Lang) : null;
}
