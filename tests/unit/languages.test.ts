import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FORM_WORDS } from '@/catalog/form-words';
import { FormWords, PageWords } from '@/catalog/language-schema';
import { classifyPage } from '@/catalog/pages';
import { PAGE_WORDS, pageLang } from '@/catalog/words';
import { purposeOf } from '@/content-scripts/forms/purpose';
import { compileCatalog, matchElement } from '@/content-scripts/shared/matcher';
import { saysConfirmed } from '@/content-scripts/shared/statements';
import { normalizeText, phraseMatcher } from '@/content-scripts/shared/text';

/**
 * One row per language of the catalog (src/catalog/languages/<lang>.ts), in Meta's wording or its usual
 * one: a link to the form and a section heading that must be found on a privacy page, an objection form's
 * title worded unlike the catalog's that must be recognised, a form that says "object" but is not about AI,
 * and a confirmation. Adding a language is its file and its row here.
 */
const ROWS: Array<{
  lang: string;
  link: string;
  section: string;
  title: string;
  notObjection: string;
  confirmation: string;
}> = [
  {
    lang: 'en',
    link: 'Learn about your right to object',
    section: 'Privacy and Generative AI',
    title: 'Request to object: use of your information for generative AI at Meta',
    notObjection: 'Object to the removal of your content for copyright reasons',
    confirmation: "We've reviewed your request and we'll honour your objection for your public information.",
  },
  {
    lang: 'de',
    link: 'Dein Widerspruchsrecht',
    section: 'KI bei Meta',
    title: 'Widerspruch gegen die Nutzung deiner Daten für generative KI bei Meta',
    notObjection: 'Widerspruch gegen die Entfernung von Inhalten wegen Urheberrechtsverletzung',
    confirmation: 'Wir haben deine Anfrage geprüft und werden deinem Widerspruch nachkommen.',
  },
  {
    lang: 'fr',
    link: "Droit d'opposition",
    section: 'Confidentialité et IA générative',
    title: "Opposition à l'utilisation de vos données pour entraîner l'intelligence artificielle de Meta",
    notObjection: "Formulaire d'opposition au retrait d'un contenu signalé pour atteinte aux droits d'auteur",
    confirmation:
      "Nous avons examiné votre demande et nous accepterons votre opposition. Elle s'appliquera dorénavant à vos informations publiques.",
  },
  {
    lang: 'it',
    link: 'Diritto di opposizione',
    section: 'Informazioni che hai condiviso sui Prodotti Meta',
    title: "Opposizione al trattamento dei tuoi dati per l'addestramento dell'intelligenza artificiale di Meta",
    notObjection: 'Modulo di opposizione alla rimozione di contenuti per violazione del copyright',
    confirmation:
      "Abbiamo esaminato la tua richiesta e accoglieremo la tua opposizione: d'ora in avanti non useremo le tue informazioni pubbliche per l'IA in Meta.",
  },
  {
    lang: 'es',
    link: 'Derecho de oposición',
    section: 'Privacidad e IA generativa',
    title: 'Solicitud de oposición al uso de tus datos para entrenar la inteligencia artificial de Meta',
    notObjection: 'Contranotificación: oponerse a la retirada de contenido por infracción de derechos de autor',
    confirmation:
      'Hemos revisado tu solicitud y aceptaremos tu oposición. A partir de ahora no usaremos tu información pública para la IA en Meta.',
  },
  {
    lang: 'pt',
    link: 'Direito de oposição',
    section: 'Informações que partilhaste nos Produtos da Meta',
    title: 'Pedido de oposição ao tratamento dos teus dados para treinar a inteligência artificial da Meta',
    notObjection: 'Contranotificação: opor-te à remoção de conteúdo por violação de direitos de autor',
    confirmation:
      'Analisámos o teu pedido e vamos aceitar a tua oposição. A partir de agora, não vamos utilizar as tuas informações públicas para a IA na Meta.',
  },
  {
    lang: 'pt-br',
    link: 'Direito de se opor',
    section: 'Informações que você compartilhou nos Produtos da Meta',
    title: 'Objeção ao uso dos seus dados para treinar a inteligência artificial da Meta',
    notObjection: 'Contranotificação: oponha-se à remoção de conteúdo por violação de direitos autorais',
    confirmation:
      'Analisamos sua solicitação e vamos acatar sua objeção. De agora em diante, não usaremos suas informações públicas para a IA da Meta.',
  },
  {
    lang: 'nl',
    link: 'Recht van bezwaar',
    section: 'Informatie die je op Meta-producten hebt gedeeld',
    title: 'Bezwaarformulier: gebruik van je gegevens voor het trainen van kunstmatige intelligentie door Meta',
    notObjection: 'Bezwaar maken tegen verwijdering van content wegens inbreuk op het auteursrecht',
    confirmation:
      'We hebben je verzoek beoordeeld en we honoreren je bezwaar. We honoreren je bezwaar ook voor andere accounts die je aan hetzelfde Accountcentrum hebt toegevoegd.',
  },
  {
    lang: 'ga',
    link: 'An ceart chun agóid a dhéanamh',
    section: 'Príobháideacht agus IS ghiniúnach',
    title: 'Agóid i gcoinne do shonraí a úsáid chun intleacht shaorga Meta a oiliúint',
    notObjection: 'Déan agóid i gcoinne ábhar a bhaint mar gheall ar shárú cóipchirt',
    confirmation: "Rinneamar d'iarratas a athbhreithniú agus glacfaimid le d'agóid maidir le d'fhaisnéis phoiblí.",
  },
  {
    lang: 'mt',
    link: "Dritt ta' oġġezzjoni",
    section: 'Privatezza u IA ġenerattiva',
    title: "Oġġezzjoni għall-użu tad-data tiegħek biex titħarreġ l-intelliġenza artifiċjali ta' Meta",
    notObjection: "Oġġezzjoni għat-tneħħija ta' kontenut minħabba ksur tad-drittijiet tal-awtur",
    confirmation: 'Irrevedejna t-talba tiegħek u se nilqgħu l-oġġezzjoni tiegħek għall-informazzjoni pubblika tiegħek.',
  },
  {
    lang: 'pl',
    link: 'Prawo do sprzeciwu',
    section: 'Prywatność i generatywna SI',
    title: 'Sprzeciw wobec wykorzystywania danych do trenowania sztucznej inteligencji w Meta',
    notObjection: 'Sprzeciw wobec usunięcia treści z powodu naruszenia praw autorskich',
    confirmation:
      'Uwzględnimy Twój sprzeciw w odniesieniu do Twoich informacji publicznych, takich jak publiczne posty i komentarze.',
  },
  {
    lang: 'cs',
    link: 'Právo vznést námitku',
    section: 'Generativní AI ve společnosti Meta',
    title: 'Vznesení námitky proti trénování umělé inteligence na vašich příspěvcích',
    notObjection: 'Námitka proti odstranění obsahu kvůli porušení autorských práv',
    confirmation:
      'Vyhovíme vaší námitce týkající se vašich veřejných informací, jako jsou veřejné příspěvky a komentáře.',
  },
  {
    lang: 'sk',
    link: 'Právo namietať',
    section: 'Generatívna AI v spoločnosti Meta',
    title: 'Namietanie proti používaniu osobných údajov na trénovanie umelej inteligencie',
    notObjection: 'Námietka proti odstráneniu obsahu z dôvodu porušenia autorských práv',
    confirmation:
      'Vyhovieme vašej námietke, pokiaľ ide o vaše verejné informácie, ako sú verejné príspevky a komentáre.',
  },
  {
    lang: 'sl',
    link: 'Pravica do ugovora',
    section: 'Generativna UI pri družbi Meta',
    title: 'Ugovor proti uporabi mojih podatkov za učenje umetne inteligence',
    notObjection: 'Ugovor zoper odstranitev vsebine zaradi kršitve avtorskih pravic',
    confirmation: 'Upoštevali bomo tvoj ugovor glede tvojih javnih informacij, kot so javne objave in komentarji.',
  },
  {
    lang: 'hr',
    link: 'Pravo na prigovor',
    section: 'Generativna UI u tvrtki Meta',
    title: 'Prigovor na obradu osobnih podataka za treniranje umjetne inteligencije',
    notObjection: 'Prigovor na uklanjanje sadržaja zbog kršenja autorskih prava',
    confirmation: 'Uvažit ćemo tvoj prigovor za tvoje javne informacije, kao što su javne objave i komentari.',
  },
  {
    lang: 'bg',
    link: 'Право на възражение',
    section: 'Генеративен ИИ в Meta',
    title: 'Възражение срещу обработването на лични данни за обучение на изкуствен интелект',
    notObjection: 'Възражение срещу премахване на съдържание поради нарушение на авторски права',
    confirmation: 'Ще уважим възражението ти по отношение на публичната ти информация, като публикации и коментари.',
  },
  {
    lang: 'ro',
    link: 'Dreptul la opoziție',
    section: 'IA generativă la Meta',
    title: 'Opoziție la prelucrarea datelor personale pentru antrenarea inteligenței artificiale',
    notObjection: 'Opoziție la eliminarea conținutului pentru încălcarea drepturilor de autor',
    confirmation:
      'Îți vom respecta opoziția pentru informațiile tale publice, cum ar fi postările și comentariile publice.',
  },
  {
    lang: 'hu',
    link: 'A tiltakozáshoz való jog',
    section: 'Generatív MI a Metánál',
    title: 'Tiltakozás a személyes adatok mesterséges intelligencia tanítására történő felhasználása ellen',
    notObjection: 'Tiltakozás a tartalom szerzői jogsértés miatti eltávolítása ellen',
    confirmation:
      'Tiszteletben fogjuk tartani a tiltakozásodat a nyilvános információid, például a nyilvános bejegyzéseid és hozzászólásaid tekintetében.',
  },
  {
    lang: 'el',
    link: 'Δικαίωμα εναντίωσης',
    section: 'Παραγωγική τεχνητή νοημοσύνη στη Meta',
    title: 'Αντίρρηση στην επεξεργασία προσωπικών δεδομένων για την εκπαίδευση μοντέλων τεχνητής νοημοσύνης',
    notObjection: 'Εναντίωση στην αφαίρεση περιεχομένου λόγω παραβίασης πνευματικών δικαιωμάτων',
    confirmation:
      'Θα σεβαστούμε την εναντίωσή σας για τις δημόσιες πληροφορίες σας, όπως δημόσιες αναρτήσεις και σχόλια.',
  },
  {
    lang: 'sv',
    link: 'Läs mer om din rätt att göra invändningar',
    section: 'Hur Meta använder information för generativa AI-modeller och funktioner',
    title: 'Invändning mot att Meta använder din information för att träna AI',
    notObjection: 'Invändning mot borttagning av innehåll på grund av upphovsrätt',
    confirmation: 'Vi kommer att respektera din invändning mot att din information används för AI hos Meta.',
  },
  {
    lang: 'da',
    link: 'Læs om din ret til indsigelse',
    section: 'Generativ AI hos Meta',
    title: 'Indsigelse mod brug af dine offentlige opslag til træning af Metas AI',
    notObjection: 'Indsigelse mod fjernelse af indhold på grund af ophavsret',
    confirmation: 'Vi vil imødekomme din indsigelse, og dine oplysninger bliver ikke brugt til AI hos Meta fremover.',
  },
  {
    lang: 'nb',
    link: 'Du har rett til å protestere',
    section: 'Generativ AI hos Meta',
    title: 'Protest mot at Meta bruker innleggene dine til å trene KI',
    notObjection: 'Protest mot fjerning av innhold på grunn av opphavsrett',
    confirmation: 'Vi tar protesten din til følge og vil ikke bruke informasjonen din til AI hos Meta.',
  },
  {
    lang: 'is',
    link: 'Upplýsingar um andmælarétt þinn',
    section: 'Skapandi gervigreind hjá Meta',
    title: 'Andmæli gegn notkun opinberra færslna til þjálfunar gervigreindar Meta',
    notObjection: 'Andmæli vegna fjarlægingar efnis á grundvelli höfundaréttar',
    confirmation: 'Við munum virða andmæli þín og ekki nota upplýsingar þínar fyrir gervigreind hjá Meta.',
  },
  {
    lang: 'fi',
    link: 'Sinulla on oikeus vastustaa tietojesi käyttöä',
    section: 'Generatiivinen tekoäly Metassa',
    title: 'Vastustuspyyntö: julkisten julkaisujesi käyttö Metan tekoälymallien kouluttamiseen',
    notObjection: 'Vastine tekijänoikeusilmoitukseen: vastustan sisällön poistamista',
    confirmation: 'Hyväksymme vastustuksesi, emmekä käytä tietojasi Metan tekoälyn kehittämiseen.',
  },
  {
    lang: 'et',
    link: 'Sul on õigus esitada vastuväiteid',
    section: 'Generatiivne tehisintellekt Metas',
    title: 'Vastuväide avalike postituste kasutamisele Meta tehisintellekti treenimiseks',
    notObjection: 'Vastuväide sisu eemaldamisele autoriõiguse rikkumise tõttu',
    confirmation: 'Rahuldame sinu vastuväite ega kasuta sinu teavet Meta tehisintellekti arendamiseks.',
  },
  {
    lang: 'lv',
    link: 'Tev ir tiesības iebilst pret savas informācijas izmantošanu',
    section: 'Ģeneratīvais MI uzņēmumā Meta',
    title: 'Iebildums pret publisko ierakstu izmantošanu Meta mākslīgā intelekta apmācībai',
    notObjection: 'Iebildums pret satura noņemšanu autortiesību pārkāpuma dēļ',
    confirmation: 'Mēs ievērosim tavu iebildumu un neizmantosim tavu informāciju uzņēmuma Meta MI vajadzībām.',
  },
  {
    lang: 'lt',
    link: 'Jūsų teisė nesutikti',
    section: 'Generatyvusis DI bendrovėje „Meta“',
    title: 'Prieštaravimas dėl viešų įrašų naudojimo „Meta“ dirbtinio intelekto mokymui',
    notObjection: 'Prieštaravimas dėl turinio pašalinimo pažeidus autorių teises',
    confirmation: 'Atsižvelgsime į jūsų nesutikimą ir nenaudosime jūsų informacijos „Meta“ DI kūrimui.',
  },
];

/** Every EU official language, and Norway's, Iceland's and Brazil's: where people can object. */
const REQUIRED = 'bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv nb is pt-br'.split(' ');

const compiled = compileCatalog();
const POLICY = classifyPage('https://www.facebook.com/privacy/policy/');

function found(html: string): string | null {
  document.body.innerHTML = html;
  const el = document.body.firstElementChild;
  if (!el || !POLICY) throw new Error('no element');
  const match = matchElement(compiled, el, POLICY);
  return match ? `${match.surface.kind}:${match.surface.step}` : null;
}

describe('languages of the catalog', () => {
  it('cover every EU official language, Norwegian, Icelandic and both Portuguese, each with a test row', () => {
    const files = readdirSync('src/catalog/languages').map((f) => f.replace(/\.ts$/, ''));
    expect(files.sort()).toEqual(Object.keys(PAGE_WORDS).sort());
    expect(Object.keys(FORM_WORDS).sort()).toEqual(files.sort());
    for (const lang of REQUIRED) expect(files, lang).toContain(lang);
    expect(ROWS.map((r) => r.lang).sort()).toEqual(files.sort());
  });

  it.each(Object.keys(PAGE_WORDS))('%s is valid against the schema', (lang) => {
    const page = PageWords.safeParse(PAGE_WORDS[lang]);
    const form = FormWords.safeParse(FORM_WORDS[lang]);
    expect(page.success, JSON.stringify(page.error?.issues)).toBe(true);
    expect(form.success, JSON.stringify(form.error?.issues)).toBe(true);
  });

  describe.each(ROWS)('$lang', (row) => {
    const words = PAGE_WORDS[row.lang] as PageWords;
    const form = FORM_WORDS[row.lang] as FormWords;

    it('finds the way to object: the official term of Art. 21, Meta’s link and its form title, on a link', () => {
      for (const text of [row.link, words.rightToObject, words.submitObjection, words.formTitle]) {
        expect(found(`<span role="link">${text}</span>`), text).toBe('link:fb-objection');
      }
    });

    it('finds the Privacy Center section that hides the link, “AI at Meta” among them', () => {
      for (const text of [row.section, words.aiAtMeta]) {
        expect(found(`<div role="button" aria-expanded="false">${text}</div>`), text).toBe('section:fb-objection');
      }
    });

    it('recognises an objection form by its stated purpose, in words the catalog lacks, and no other form', () => {
      expect(purposeOf(row.title)).toBe('objection');
      expect(purposeOf(words.formTitle)).toBe('objection');
      expect(purposeOf(row.notObjection)).toBeNull();
    });

    it('reads Meta’s confirmation, never its success screen or the form’s own text as one', () => {
      expect(saysConfirmed(row.confirmation)).toBe(true);
      for (const success of form.success) expect(saysConfirmed(success), success).toBe(false);
      expect(saysConfirmed(words.formTitle)).toBe(false);
    });

    it('offers an objection citing each region’s law, and the assistant’s texts with their placeholders', () => {
      for (const law of Object.values(form.law)) {
        const text = form.statement.replace('{law}', law);
        expect(text).toContain(law);
        expect(text).not.toMatch(/[{}]/);
      }
      expect(form.assist.done).toContain('{account}');
      const fill = phraseMatcher({ [row.lang]: form.buttons.submit });
      expect(fill?.test(normalizeText(form.buttons.submit[0] ?? ''))).toBe(true);
    });
  });

  it.each([
    ['de-DE', 'de'],
    ['pt-BR', 'pt-br'],
    ['pt-PT', 'pt'],
    ['pt', 'pt'],
    ['nb-NO', 'nb'],
    ['no', 'nb'],
    ['nn-NO', 'nb'],
    ['ga-IE', 'ga'],
    ['xx', null],
    ['', null],
  ])('reads the page language %s as %s', (tag, lang) => {
    expect(pageLang(tag)).toBe(lang);
  });
});
