import type { Surfaces } from './schema';

/*
 * Meta's surfaces that lead to a step, as data: URLs and form ids from shared/META-FACTS.md, and which
 * list of page words (languages/*.ts) recognises each where URLs do not. Matching ignores query strings,
 * locale subdomains, case, spacing, curly quotes and Unicode forms. Order matters where evidence overlaps:
 * forms, then links, then sections, then context pages.
 */

const GENAI_PAGES = ['/privacy/genai', '/privacy/guide/genai', '/privacy/guide/generative-ai'];

export const SURFACES: Surfaces = [
  // ---- the objection forms ----
  {
    id: 'fb-objection-form',
    step: 'fb-objection',
    kind: 'form',
    hosts: ['facebook'],
    paths: [],
    // 2025 form; 2024 form (still linked from the Meta AI intro screens); the policy's legal-basis table row.
    forms: ['712876720715583', '6359191084165019', '1994830130782319'],
  },
  {
    id: 'fb-objection-gateway',
    step: 'fb-objection',
    kind: 'form',
    hosts: ['facebook'],
    paths: [],
    // "Is your request related to AI at Meta?" first; 540404257914453 is the older id that redirects here.
    forms: ['367438723733209', '540404257914453'],
  },
  {
    id: 'ig-objection-form',
    step: 'ig-objection',
    kind: 'form',
    hosts: ['instagram'],
    paths: [],
    forms: ['767264225370182', '233964459562201'],
  },
  {
    id: 'third-party-form',
    step: 'third-party-data',
    kind: 'form',
    hosts: ['facebook'],
    paths: [],
    forms: ['1266025207620918', '510058597920541'],
    roles: ['link', 'button'],
    words: 'thirdParty',
  },
  // ---- words for links whose URL is not known yet (a new form id, a role=link without href) ----
  {
    id: 'fb-objection-words',
    step: 'fb-objection',
    kind: 'link',
    hosts: ['facebook', 'meta'],
    paths: [],
    roles: ['link', 'button'],
    words: 'objection',
  },
  {
    id: 'ig-objection-words',
    step: 'ig-objection',
    kind: 'link',
    hosts: ['instagram'],
    paths: [],
    roles: ['link', 'button'],
    words: 'objection',
  },
  // ---- pages that lead to the form ----
  {
    id: 'fb-genai-page',
    step: 'fb-objection',
    kind: 'link',
    hosts: ['facebook'],
    // The help article "Information about objections and how you can object on Facebook".
    paths: [...GENAI_PAGES, '/help/2069235856423257'],
    guide: true,
  },
  {
    id: 'ig-genai-page',
    step: 'ig-objection',
    kind: 'link',
    hosts: ['instagram'],
    paths: [...GENAI_PAGES, '/dialog/learn-more-about-genai'],
    guide: true,
  },
  {
    id: 'fb-genai-section',
    step: 'fb-objection',
    kind: 'section',
    hosts: ['facebook', 'meta'],
    paths: [],
    roles: ['button', 'link'],
    words: 'sections',
  },
  {
    id: 'ig-genai-section',
    step: 'ig-objection',
    kind: 'section',
    hosts: ['instagram'],
    paths: [],
    roles: ['button', 'link'],
    words: 'sections',
  },
  // ---- known Meta pages: not outlined, but privacy pages where words count and the guide opens ----
  {
    id: 'fb-privacy-pages',
    step: 'fb-objection',
    kind: 'context',
    hosts: ['facebook'],
    paths: ['/privacy/center', '/privacy/policy', '/policy.php', '/about/privacy'],
    guide: true,
  },
  {
    id: 'ig-privacy-pages',
    step: 'ig-objection',
    kind: 'context',
    hosts: ['instagram'],
    // privacycenter.instagram.com/policy/ and /privacy/center; help.instagram.com's policy page.
    paths: ['/privacy/center', '/policy', '/legal/privacy'],
    guide: true,
  },
  {
    // Meta's request portal, where the help-contact forms moved in 2026 (shared/META-FACTS.md).
    id: 'meta-privacy-portal',
    step: 'fb-objection',
    kind: 'context',
    hosts: ['meta'],
    paths: ['/support/privacy'],
  },
  {
    id: 'fb-accounts-center',
    step: 'fb-objection',
    kind: 'context',
    hosts: ['facebook', 'instagram'],
    paths: ['/info_and_permissions'],
  },
  {
    id: 'meta-ai-terms',
    step: 'meta-ai-chats',
    kind: 'context',
    hosts: ['facebook'],
    paths: [
      '/legal/ai-terms',
      '/legal/eu-ai-terms',
      '/legal/uk-ai-terms',
      '/legal/br-ai-terms',
      '/privacy/dialog/ai-partners',
    ],
  },
  {
    id: 'data-rights-forms',
    step: 'third-party-data',
    kind: 'context',
    hosts: ['facebook'],
    paths: [],
    // Erase, data protection officer, manage data outside the EU: data rights, not the AI objection.
    forms: ['259518714718624', '540977946302970', '1638046109617856'],
  },
  {
    // Portal forms that are not objections (shared/META-FACTS.md): the copyright form the old help-contact
    // copyright form redirects to, India's grievance channel, a US WhatsApp report form, Japan's copyright form.
    id: 'portal-other-requests',
    step: 'third-party-data',
    kind: 'context',
    hosts: ['meta', 'facebook'],
    paths: [],
    forms: ['1523801815366035', '1371776380779082', '1353992216220127', '1905988783530981', '1758255661104383'],
  },
  {
    // WhatsApp's own data-rights form; the checklist only meets WhatsApp through Meta AI chats.
    id: 'whatsapp-objection-form',
    step: 'meta-ai-chats',
    kind: 'context',
    hosts: ['whatsapp'],
    paths: ['/contact/forms/382532939919295'],
  },
];
