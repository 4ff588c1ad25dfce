import type { Phrases } from './schema';

/*
 * Meta's own statements after an objection, per language.
 * Apart from the form data (forms.ts) because the confirmation also arrives as a notification on
 * ordinary Facebook pages, where only these few phrases may ship.
 */

/** Meta's success screen after the user submitted: the step becomes `submitted`. */
export const SUCCESS_PHRASES: Phrases = {
  en: [
    'your request will be applied going forward',
    "we've received your request",
    'we have received your request',
    'your request has been submitted',
  ],
  de: ['deine anfrage künftig angewendet', 'wir haben deine anfrage erhalten', 'deine anfrage wurde gesendet'],
  it: [
    "la tua richiesta verrà applicata d'ora in poi",
    'abbiamo ricevuto la tua richiesta',
    'la tua richiesta è stata inviata',
  ],
  fr: ["votre demande sera appliquée à l'avenir", 'nous avons bien reçu votre demande', 'nous avons reçu ta demande'],
  es: ['tu solicitud se aplicará a partir de ahora', 'hemos recibido tu solicitud'],
  nl: ['je verzoek wordt voortaan toegepast', 'we hebben je verzoek ontvangen'],
  pl: ['twoja prośba będzie stosowana od teraz', 'otrzymaliśmy twoją prośbę'],
  pt: ['o teu pedido será aplicado daqui em diante', 'recebemos o teu pedido'],
  'pt-br': ['sua solicitação será aplicada daqui para frente', 'recebemos sua solicitação'],
};

/** Meta says the objection will be honoured (on screen or in a notification): `confirmed`. */
export const CONFIRMATION_PHRASES: Phrases = {
  en: [
    'we will honour your objection',
    "we'll honour your objection",
    'we will honor your objection',
    "we'll honor your objection",
  ],
  de: [
    'wir werden deinem widerspruch nachkommen',
    'wir kommen deinem widerspruch nach',
    'wir werden deinem einspruch stattgeben',
  ],
  it: ['accoglieremo la tua opposizione', 'accoglieremo la tua obiezione', 'rispetteremo la tua opposizione'],
  fr: ['nous respecterons votre opposition', 'nous respecterons ton opposition'],
  es: ['respetaremos tu objeción', 'respetaremos tu oposición'],
  nl: ['we zullen je bezwaar honoreren', 'we honoreren je bezwaar'],
  pl: ['uwzględnimy twój sprzeciw'],
  pt: ['vamos respeitar a tua objeção'],
  'pt-br': ['vamos respeitar sua objeção', 'respeitaremos sua objeção'],
};
