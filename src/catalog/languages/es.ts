import type { FormWords, PageWords } from '../language-schema';

// Spanish. Meta's wording from shared/META-FACTS.md and Spanish press quoting Meta's e-mail and the "Derecho a oponerte" link.

export const page: PageWords = {
  rightToObject: 'derecho de oposición',
  aiAtMeta: 'IA en Meta',
  submitObjection: 'Enviar una solicitud de oposición',
  formTitle: 'Oponte al uso de tu información para la IA en Meta',
  objection: [
    'derecho a oponerte',
    'derecho a oponerse',
    'oponerte al uso de tu información',
    'oponte al uso de tu información',
  ],
  objectionExact: ['oponerte', 'oponerse', 'oponte', 'oposición', 'objeción'],
  aiSections: [
    'Privacidad e IA generativa',
    'IA generativa en Meta',
    'Información que has compartido en los Productos de Meta',
    'Información que compartiste en los Productos de Meta',
    'Cómo usa Meta la información para los modelos de IA generativa',
  ],
  thirdParty: [
    'Derechos de los interesados sobre la información de terceros usada para la IA en Meta',
    'Derechos de los interesados relativos a la IA generativa',
  ],
  confirmation: [
    'aceptaremos tu oposición',
    'respetaremos tu oposición',
    'hemos aceptado tu oposición',
    'tu oposición ha sido aceptada',
  ],
};

export const form: FormWords = {
  purpose: {
    object: ['opon*', 'opong*', 'oposic*', 'objeci*'],
    ai: ['ia', 'ai', 'inteligencia artificial', 'ia generativa', 'meta ai', 'llama'],
    thirdParty: ['terceros', 'tercero', 'terceras personas', 'otras personas'],
    not: [
      'derechos de autor',
      'derecho de autor',
      'copyright',
      'propiedad intelectual',
      'marca registrada',
      'marcas registradas',
      'marca comercial',
      'falsificaci*',
      'denunciar',
      'denuncia*',
      'reportar',
      'anuncio*',
      'publicidad',
      'publicitari*',
      'suplantación*',
      'hackead*',
      'pirateada',
      'difamaci*',
    ],
  },
  success: [
    'tu solicitud se aplicará a partir de ahora',
    'tu solicitud se aplicará de ahora en adelante',
    'hemos recibido tu solicitud',
    'se ha enviado tu solicitud',
  ],
  labels: {
    email: ['correo electrónico', 'dirección de correo electrónico', 'correo', 'e-mail', 'email'],
    country: ['país', 'país de residencia'],
    reason: ['cómo te afecta este tratamiento', 'de qué manera te afecta este tratamiento', 'motivo de tu oposición'],
    code: ['código', 'código de confirmación', 'código de verificación', 'código de seguridad'],
  },
  buttons: {
    submit: ['enviar'],
    next: ['continuar', 'siguiente'],
    requestCode: ['solicitar código', 'pedir código', 'enviar código', 'obtener código'],
  },
  assist: {
    fill: 'Rellenar con mis ajustes',
    filled: 'Rellenado: {fields}. Revisa el formulario y pulsa tú el botón resaltado.',
    missing: 'No hay ningún correo electrónico ni país guardado en los ajustes de Objector: rellénalos tú.',
    submitHint: 'Objector nunca envía el formulario por ti.',
    nothing: 'En este paso, Objector no tiene nada que rellenar. Pulsa tú el botón resaltado cuando quieras.',
    code: 'Meta te ha enviado un código por correo electrónico: escríbelo tú aquí y pulsa el botón resaltado.',
    done: 'Objector ha registrado que enviaste este formulario, para {account}, el {time}.',
    confirmed: 'Objector ha registrado la confirmación de Meta, para {account}, el {time}.',
    noAccount:
      'Objector ha visto que el formulario se envió, pero no hay ninguna cuenta de Facebook o Instagram con la sesión iniciada para registrarlo.',
    account: 'tu cuenta de {platform} {name}',
    fields: { email: 'correo electrónico', country: 'país', reason: 'motivo' },
  },
  statement:
    'En virtud del {law}, me opongo al uso de mis datos personales (publicaciones, fotos, comentarios y otra ' +
    'información) para desarrollar y mejorar la IA en Meta. No he dado mi consentimiento; este tratamiento me quita ' +
    'el control sobre mi información, que puede reproducirse en los resultados de la IA, y mis derechos y libertades ' +
    'prevalecen sobre el interés legítimo de Meta. Les pido que cesen este tratamiento y confirmen mi oposición.',
  law: {
    eu: 'artículo 21 del RGPD',
    uk: 'artículo 21 del RGPD del Reino Unido (UK GDPR)',
    ch: 'artículo 30, apartado 2, letra b), de la Ley Federal suiza de Protección de Datos (LPD)',
    br: 'artículo 18, § 2, de la LGPD de Brasil',
  },
};
