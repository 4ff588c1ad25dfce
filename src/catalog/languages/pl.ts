import type { FormWords, PageWords } from '../language-schema';

// Polish. Meta's wording from shared/META-FACTS.md ("SI w Meta", "prawo do sprzeciwu", "Wyślij"); the rest in Meta's Polish UI style (informal "Ty"), unverified on live pages.

export const page: PageWords = {
  rightToObject: 'prawo do sprzeciwu',
  aiAtMeta: 'SI w Meta',
  submitObjection: 'Prześlij prośbę o sprzeciw',
  formTitle: 'Sprzeciw wobec wykorzystywania Twoich informacji na potrzeby SI w Meta',
  objection: [
    'prawo do wniesienia sprzeciwu',
    'prawo sprzeciwu',
    'wnieś sprzeciw',
    'sprzeciwić się wykorzystywaniu Twoich informacji',
    'sprzeciw wobec wykorzystywania Twoich informacji',
  ],
  objectionExact: ['sprzeciw', 'sprzeciwu', 'sprzeciwić się', 'sprzeciw się', 'złóż sprzeciw'],
  aiSections: [
    'Prywatność i generatywna SI',
    'Generatywna SI w Meta',
    'Informacje udostępnione przez Ciebie w Produktach firmy Meta',
    'W jaki sposób Meta wykorzystuje informacje na potrzeby modeli generatywnej SI',
  ],
  thirdParty: [
    'Prawa osób, których dane dotyczą, w zakresie informacji od osób trzecich wykorzystywanych na potrzeby SI w Meta',
    'Prawa osób, których dane dotyczą, w zakresie generatywnej SI',
  ],
  confirmation: [
    'uwzględnimy Twój sprzeciw',
    'uszanujemy Twój sprzeciw',
    'będziemy respektować Twój sprzeciw',
    'zastosujemy się do Twojego sprzeciwu',
  ],
};

export const form: FormWords = {
  purpose: {
    object: ['sprzeciw*'],
    ai: [
      'si',
      'ai',
      'sztuczna inteligencj*',
      'sztucznej inteligencj*',
      'sztuczną inteligencj*',
      'generatywna si',
      'meta ai',
      'llama',
    ],
    thirdParty: ['osób trzecich', 'osoby trzeci*', 'stron trzecich', 'strony trzeci*', 'od innych osób'],
    not: [
      'autorsk*',
      'intelektualn*',
      'towarow*',
      'podrób*',
      'podrabian*',
      'zgłoś treść',
      'zgłoszenie treści',
      'zgłaszanie treści',
      'naruszeni*',
      'reklam*',
      'podszywa*',
      'włamani*',
      'zhakowan*',
      'zniesławi*',
    ],
  },
  success: [
    'Twoja prośba będzie odtąd uwzględniana',
    'Twoja prośba będzie stosowana od teraz',
    'otrzymaliśmy Twoją prośbę',
    'Twoja prośba została przesłana',
    'Twoja prośba została wysłana',
  ],
  labels: {
    email: ['adres e-mail', 'e-mail', 'email'],
    country: ['kraj', 'kraj zamieszkania'],
    reason: [
      'jak to przetwarzanie wpływa na Ciebie',
      'w jaki sposób to przetwarzanie na Ciebie wpływa',
      'powód sprzeciwu',
    ],
    code: ['kod', 'kod potwierdzający', 'kod weryfikacyjny', 'kod zabezpieczający', 'kod jednorazowy'],
  },
  buttons: {
    submit: ['wyślij', 'prześlij'],
    next: ['dalej', 'kontynuuj'],
    requestCode: ['poproś o kod', 'wyślij kod', 'uzyskaj kod'],
  },
  assist: {
    fill: 'Wypełnij na podstawie moich ustawień',
    filled: 'Wypełniono: {fields}. Sprawdź formularz, a potem samodzielnie kliknij wyróżniony przycisk.',
    missing: 'Brak adresu e-mail lub kraju w ustawieniach Objectora: uzupełnij je samodzielnie.',
    submitHint: 'Objector nigdy nie wysyła formularza za Ciebie.',
    nothing:
      'Na tym etapie Objector nie ma nic do wypełnienia. Gdy wszystko będzie gotowe, samodzielnie kliknij wyróżniony przycisk.',
    code: 'Meta wysłała kod na Twój adres e-mail: wpisz go tutaj samodzielnie, a potem kliknij wyróżniony przycisk.',
    done: 'Objector odnotował wysłanie tego formularza: {account}, {time}.',
    confirmed: 'Objector odnotował potwierdzenie od Meta: {account}, {time}.',
    noAccount:
      'Objector widział, że formularz został wysłany, ale nie jest zalogowane żadne konto na Facebooku ani Instagramie, dla którego można by to odnotować.',
    account: 'Twoje konto {platform} {name}',
    fields: { email: 'adres e-mail', country: 'kraj', reason: 'uzasadnienie' },
  },
  statement:
    'Na podstawie {law} wnoszę sprzeciw wobec wykorzystywania moich danych osobowych (postów, zdjęć, komentarzy i ' +
    'innych informacji) do rozwijania i ulepszania SI w Meta. Nie wyrażam na to zgody; to przetwarzanie odbiera mi ' +
    'kontrolę nad moimi informacjami, które mogą być odtwarzane w wynikach generowanych przez SI, a moje prawa i ' +
    'wolności są nadrzędne wobec prawnie uzasadnionego interesu Meta. Proszę o zaprzestanie tego przetwarzania i ' +
    'potwierdzenie mojego sprzeciwu.',
  law: {
    eu: 'art. 21 RODO',
    uk: 'art. 21 brytyjskiego RODO (UK GDPR)',
    ch: 'art. 30 ust. 2 lit. b szwajcarskiej federalnej ustawy o ochronie danych (DSG)',
    br: 'art. 18 § 2 brazylijskiej ustawy LGPD',
  },
};
