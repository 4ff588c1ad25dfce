import type { StepId } from '../core/steps';

/**
 * Where the popup's button sends the user for each step, per platform of the account.
 * Form URLs are from shared/META-FACTS.md; settings pages are Meta's stable settings routes.
 */
export const STEP_LINKS: Record<StepId, { facebook?: string; instagram?: string }> = {
  'fb-objection': { facebook: 'https://www.facebook.com/help/contact/712876720715583' },
  'ig-objection': { instagram: 'https://help.instagram.com/contact/767264225370182' },
  'third-party-data': {
    facebook: 'https://www.facebook.com/help/contact/1266025207620918',
    instagram: 'https://www.facebook.com/help/contact/1266025207620918',
  },
  'limit-public': {
    facebook: 'https://www.facebook.com/settings/?tab=privacy',
    instagram: 'https://www.instagram.com/accounts/privacy_setting/',
  },
  'meta-ai-chats': {
    facebook: 'https://www.facebook.com/privacy/genai/',
    instagram: 'https://privacycenter.instagram.com/privacy/genai/',
  },
  'ask-others': {},
};

/** The page that does a step, preferring the account's own platform. */
export function linkForStep(step: StepId, platform: 'facebook' | 'instagram' | null): string | undefined {
  const links = STEP_LINKS[step];
  return (platform && links[platform]) || links.facebook || links.instagram;
}
