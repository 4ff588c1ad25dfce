import type { FormWords, PageWords } from '../language-schema';

// European Portuguese. Meta's wording from shared/META-FACTS.md and Portuguese press quoting the Privacy Center and Meta's e-mail.

export const page: PageWords = {
  rightToObject: 'direito de oposição',
  aiAtMeta: 'IA na Meta',
  submitObjection: 'Enviar um pedido de oposição',
  formTitle: 'Opõe-te à utilização das tuas informações pela IA na Meta',
  objection: [
    'direito de te opores',
    'direito de se opor',
    'opor-te à utilização das tuas informações',
    'opõe-te à utilização das tuas informações',
    'submeter um pedido de oposição',
  ],
  objectionExact: ['opor-te', 'opõe-te', 'opor', 'opor-se', 'oposição', 'objeção'],
  aiSections: [
    'Privacidade e IA generativa',
    'IA generativa na Meta',
    'Informações que partilhaste nos Produtos da Meta',
    'Como a Meta utiliza informações para modelos de IA generativa',
  ],
  thirdParty: [
    'Direitos dos titulares dos dados relativos a informações de terceiros utilizadas pela IA na Meta',
    'Direitos dos titulares dos dados relativos à IA generativa',
  ],
  confirmation: [
    'vamos aceitar a tua oposição',
    'aceitaremos a tua oposição',
    'a tua oposição foi aceite',
    'vamos respeitar a tua oposição',
  ],
};

export const form: FormWords = {
  purpose: {
    // Not "opor*": it would take "oportunidade".
    object: ['opor', 'opores', 'opõe*', 'oponh*', 'oposiç*', 'objeç*'],
    ai: ['ia', 'ai', 'inteligência artificial', 'ia generativa', 'meta ai', 'llama'],
    thirdParty: ['terceiros', 'terceira*', 'outras pessoas'],
    not: [
      'direitos de autor',
      'direito de autor',
      'direitos autorais',
      'copyright',
      'propriedade intelectual',
      'marca registada',
      'marcas registadas',
      'marca comercial',
      'contrafaç*',
      'falsifica*',
      'denunciar',
      'denúncia*',
      'anúncio*',
      'publicidade',
      'publicitári*',
      'usurpação de identidade',
      'roubo de identidade',
      'pirateada',
      'pirateado',
      'difamaç*',
    ],
  },
  success: [
    'o teu pedido será aplicado daqui em diante',
    'o teu pedido será aplicado a partir de agora',
    'recebemos o teu pedido',
    'o teu pedido foi enviado',
  ],
  labels: {
    email: ['e-mail', 'endereço de e-mail', 'email', 'endereço de email'],
    country: ['país', 'país de residência'],
    reason: ['como este tratamento te afeta', 'de que forma este tratamento te afeta', 'motivo da tua oposição'],
    code: ['código', 'código de confirmação', 'código de verificação', 'código de segurança'],
  },
  buttons: {
    submit: ['enviar', 'submeter'],
    next: ['continuar', 'seguinte', 'avançar'],
    requestCode: ['pedir código', 'solicitar código', 'enviar código', 'obter código'],
  },
  assist: {
    fill: 'Preencher com as minhas definições',
    filled: 'Preenchido: {fields}. Verifica o formulário e carrega tu no botão destacado.',
    missing: 'Não há e-mail nem país guardados nas definições do Objector: preenche-os tu.',
    submitHint: 'O Objector nunca envia o formulário por ti.',
    nothing: 'Neste passo, o Objector não tem nada para preencher. Carrega tu no botão destacado quando quiseres.',
    code: 'A Meta enviou-te um código por e-mail: introduz-o tu aqui e carrega no botão destacado.',
    done: 'O Objector registou que enviaste este formulário, para {account}, em {time}.',
    confirmed: 'O Objector registou a confirmação da Meta, para {account}, em {time}.',
    noAccount:
      'O Objector viu o formulário ser enviado, mas não há nenhuma conta do Facebook ou do Instagram com sessão iniciada para o registar.',
    account: 'a tua conta do {platform} {name}',
    fields: { email: 'e-mail', country: 'país', reason: 'motivo' },
  },
  statement:
    'Nos termos do {law}, oponho-me à utilização dos meus dados pessoais (publicações, fotografias, comentários e ' +
    'outras informações) para desenvolver e melhorar a IA na Meta. Não dei o meu consentimento; este tratamento ' +
    'retira-me o controlo sobre as minhas informações, que podem ser reproduzidas nos resultados da IA, e os meus ' +
    'direitos e liberdades prevalecem sobre o interesse legítimo da Meta. Peço que cessem este tratamento e ' +
    'confirmem a minha oposição.',
  law: {
    eu: 'artigo 21.º do RGPD',
    uk: 'artigo 21.º do RGPD do Reino Unido (UK GDPR)',
    ch: 'artigo 30.º, n.º 2, alínea b), da Lei Federal suíça sobre a Proteção de Dados (LPD)',
    br: 'artigo 18.º, § 2.º, da LGPD brasileira',
  },
};
