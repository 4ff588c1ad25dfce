import type { FormWords, PageWords } from '../language-schema';

// Brazilian Portuguese. Meta's wording from shared/META-FACTS.md and Brazilian press quoting the form ("direito de se opor", its reason field).

export const page: PageWords = {
  // Brazil's LGPD has no article of this name; the official Portuguese GDPR (one text for all Portuguese) does.
  rightToObject: 'direito de oposição',
  aiAtMeta: 'IA da Meta',
  submitObjection: 'Enviar uma solicitação de objeção',
  formTitle: 'Oponha-se ao uso das suas informações pela IA da Meta',
  objection: [
    'direito de se opor',
    'opor-se ao uso das suas informações',
    'oponha-se ao uso das suas informações',
    'enviar uma solicitação de oposição',
  ],
  objectionExact: ['se opor', 'opor-se', 'oponha-se', 'opor', 'objeção', 'oposição'],
  aiSections: [
    'IA na Meta',
    'Privacidade e IA generativa',
    'IA generativa da Meta',
    'Informações que você compartilhou nos Produtos da Meta',
    'Como a Meta usa informações para modelos de IA generativa',
  ],
  thirdParty: [
    'Direitos do titular dos dados para informações de terceiros usadas pela IA da Meta',
    'Direitos do titular dos dados relacionados à IA generativa',
  ],
  confirmation: [
    'vamos acatar sua objeção',
    'aceitaremos sua objeção',
    'vamos respeitar sua objeção',
    'sua objeção foi aceita',
  ],
};

export const form: FormWords = {
  purpose: {
    // Not "opor*": it would take "oportunidade".
    object: ['opor', 'opõe*', 'oponh*', 'oposiç*', 'objeç*'],
    ai: ['ia', 'ai', 'inteligência artificial', 'ia generativa', 'meta ai', 'llama'],
    thirdParty: ['terceiros', 'terceira*', 'outras pessoas'],
    not: [
      'direitos autorais',
      'direito autoral',
      'copyright',
      'propriedade intelectual',
      'marca registrada',
      'marcas registradas',
      'falsifica*',
      'denunciar',
      'denúncia*',
      'anúncio*',
      'publicidade',
      'publicitári*',
      'falsa identidade',
      'roubo de identidade',
      'hackead*',
      'invadida',
      'difamaç*',
    ],
  },
  success: [
    'sua solicitação será aplicada daqui para frente',
    'sua solicitação será aplicada de agora em diante',
    'recebemos sua solicitação',
    'sua solicitação foi enviada',
  ],
  labels: {
    email: ['email', 'e-mail', 'endereço de email', 'endereço de e-mail'],
    country: ['país', 'país de residência'],
    reason: [
      'diga-nos como esse processamento afeta você',
      'como esse processamento afeta você',
      'motivo da sua objeção',
    ],
    code: ['código', 'código de confirmação', 'código de verificação', 'código de segurança'],
  },
  buttons: {
    submit: ['enviar'],
    next: ['continuar', 'avançar', 'próximo'],
    requestCode: ['solicitar código', 'pedir código', 'enviar código', 'receber código'],
  },
  assist: {
    fill: 'Preencher com minhas configurações',
    filled: 'Preenchido: {fields}. Confira o formulário e depois clique você mesmo no botão destacado.',
    missing: 'Nenhum email ou país salvo nas configurações do Objector: preencha esses campos você mesmo.',
    submitHint: 'O Objector nunca envia o formulário por você.',
    nothing: 'Nesta etapa, o Objector não tem nada para preencher. Clique você mesmo no botão destacado quando quiser.',
    code: 'A Meta enviou um código para seu email: digite-o aqui você mesmo e clique no botão destacado.',
    done: 'O Objector registrou que você enviou este formulário, para {account}, em {time}.',
    confirmed: 'O Objector registrou a confirmação da Meta, para {account}, em {time}.',
    noAccount:
      'O Objector viu o formulário ser enviado, mas não há nenhuma conta do Facebook ou do Instagram conectada para registrá-lo.',
    account: 'sua conta do {platform} {name}',
    fields: { email: 'email', country: 'país', reason: 'motivo' },
  },
  statement:
    'Com base no {law}, oponho-me ao uso dos meus dados pessoais (publicações, fotos, comentários e outras ' +
    'informações) para desenvolver e melhorar a IA da Meta. Não dei meu consentimento; esse tratamento tira de mim o ' +
    'controle sobre minhas informações, que podem ser reproduzidas nos resultados da IA, e meus direitos e ' +
    'liberdades prevalecem sobre o interesse legítimo da Meta. Peço que interrompam esse tratamento e confirmem ' +
    'minha oposição.',
  law: {
    eu: 'art. 21 do RGPD (GDPR)',
    uk: 'art. 21 do UK GDPR',
    ch: 'art. 30, al. 2, let. b, da Lei Federal de Proteção de Dados da Suíça (LPD)',
    br: 'art. 18, § 2º, da LGPD',
  },
};
