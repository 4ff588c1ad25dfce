import type { FormWords, PageWords } from '../language-schema';

// French. Meta's wording from shared/META-FACTS.md and French guides quoting the Privacy Center ("IA chez Meta", the "s'opposer" link).

export const page: PageWords = {
  rightToObject: "droit d'opposition",
  aiAtMeta: 'IA chez Meta',
  submitObjection: "Envoyer une demande d'opposition",
  formTitle: "S'opposer à l'utilisation de vos informations pour l'IA chez Meta",
  objection: [
    'droit de vous opposer',
    "droit de s'opposer",
    "vous opposer à l'utilisation de vos informations",
    "opposez-vous à l'utilisation de vos informations",
    "soumettre une demande d'opposition",
  ],
  objectionExact: ["s'opposer", 'vous opposer', 'opposer', 'opposez-vous', 'opposition', 'faire opposition'],
  aiSections: [
    'Confidentialité et IA générative',
    'IA générative chez Meta',
    'Informations que vous avez partagées sur les produits Meta',
    "Comment Meta utilise les informations pour les modèles d'IA générative",
  ],
  thirdParty: [
    "Droits des personnes concernées relatifs aux informations de tiers utilisées pour l'IA chez Meta",
    "Droits des personnes concernées en matière d'IA générative",
  ],
  confirmation: [
    'nous accepterons votre opposition',
    'nous respecterons votre opposition',
    'nous avons accepté votre opposition',
    'votre opposition a été acceptée',
  ],
};

export const form: FormWords = {
  purpose: {
    object: ['oppos*', 'objection*'],
    ai: ['ia', 'ai', 'intelligence artificielle', 'ia générative', 'meta ai', 'llama'],
    thirdParty: ['tiers', 'tierce*', 'autres personnes'],
    not: [
      "droit d'auteur",
      "droits d'auteur",
      'copyright',
      'propriété intellectuelle',
      'marque',
      'marques',
      'marque déposée',
      'marques déposées',
      'contrefaçon*',
      'signaler',
      'signalement*',
      'publicité*',
      'publicitaire*',
      'pub',
      'pubs',
      'usurpation*',
      'piraté*',
      'piratage',
      'diffamation*',
    ],
  },
  success: [
    'votre demande sera appliquée dorénavant',
    'votre demande sera dorénavant appliquée',
    "votre demande sera appliquée à l'avenir",
    'nous avons bien reçu votre demande',
    'nous avons reçu votre demande',
    'votre demande a été envoyée',
  ],
  labels: {
    email: ['e-mail', 'adresse e-mail', 'email', 'adresse email', 'courriel', 'adresse électronique'],
    country: ['pays', 'pays de résidence', 'pays où vous résidez'],
    reason: [
      'comment ce traitement vous affecte',
      'comment ce traitement vous concerne',
      "l'impact de ce traitement sur vous",
      'motif de votre opposition',
      'raison de votre opposition',
    ],
    code: ['code', 'code de confirmation', 'code de vérification', 'code de sécurité'],
  },
  buttons: {
    submit: ['envoyer', 'soumettre'],
    next: ['continuer', 'suivant'],
    requestCode: ['demander un code', 'recevoir un code', 'obtenir un code', 'envoyer le code'],
  },
  assist: {
    fill: 'Remplir avec mes réglages',
    filled: 'Champs remplis : {fields}. Vérifiez le formulaire, puis cliquez vous-même sur le bouton mis en évidence.',
    missing: 'Aucune adresse e-mail ni aucun pays enregistré dans les réglages d’Objector : remplissez-les vous-même.',
    submitHint: 'Objector n’envoie jamais le formulaire à votre place.',
    nothing:
      'Rien à remplir pour Objector à cette étape. Cliquez vous-même sur le bouton mis en évidence quand vous le souhaitez.',
    code: 'Meta vous a envoyé un code par e-mail : saisissez-le ici vous-même, puis cliquez sur le bouton mis en évidence.',
    done: 'Objector a noté que vous avez envoyé ce formulaire, pour {account}, le {time}.',
    confirmed: 'Objector a noté la confirmation de Meta, pour {account}, le {time}.',
    noAccount:
      'Objector a vu le formulaire partir, mais aucun compte Facebook ou Instagram n’est connecté pour l’enregistrer.',
    account: 'votre compte {platform} {name}',
    fields: { email: 'adresse e-mail', country: 'pays', reason: 'motif' },
  },
  statement:
    'Je m’oppose, en vertu de l’{law}, à l’utilisation de mes données personnelles (publications, photos, ' +
    'commentaires et autres informations) pour développer et améliorer l’IA chez Meta. Je n’y ai pas consenti ; ce ' +
    'traitement me prive du contrôle de mes informations, qui peuvent être reproduites dans les résultats de l’IA, ' +
    'et mes droits et libertés prévalent sur l’intérêt légitime de Meta. Veuillez cesser ce traitement et confirmer ' +
    'mon opposition.',
  law: {
    eu: 'article 21 du RGPD',
    uk: 'article 21 du RGPD du Royaume-Uni (UK GDPR)',
    ch: 'art. 30, al. 2, let. b LPD',
    br: 'article 18, § 2, de la LGPD brésilienne',
  },
};
