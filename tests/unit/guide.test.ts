import { describe, expect, it } from 'vitest';
import { linkForStep } from '@/catalog/step-links';
import { SURFACES } from '@/catalog/surfaces';
import { type GuideFacts, guideModel } from '@/content-scripts/meta/guide';
import { labelKey } from '@/content-scripts/shared/outline/highlight';
import messages from '../../assets/public/_locales/en/messages.json';

const facts = (more: Partial<GuideFacts>): GuideFacts => ({
  pageStep: 'fb-objection',
  next: 'fb-objection',
  link: 'none',
  section: false,
  linkFor: (step) => linkForStep(step, 'facebook'),
  ...more,
});

describe('guideModel', () => {
  it('points at an outlined link', () => {
    expect(guideModel(facts({ link: 'visible' }))).toEqual({
      headline: { key: 'guideNext', step: 'fb-objection' },
      hintKey: 'guideLinkVisible',
      action: { kind: 'show' },
    });
  });

  it('offers to reveal a link in a collapsed section, or a section whose content is not loaded yet', () => {
    expect(guideModel(facts({ link: 'collapsed' })).action).toEqual({ kind: 'reveal' });
    expect(guideModel(facts({ section: true })).action).toEqual({ kind: 'reveal' });
  });

  it('without a link on the page, links straight to the form of the next step', () => {
    expect(guideModel(facts({ next: 'ig-objection' })).action).toEqual({
      kind: 'open',
      href: 'https://help.instagram.com/contact/767264225370182',
      labelKey: 'guideOpenForm',
    });
    expect(guideModel(facts({ next: 'limit-public' })).action).toMatchObject({
      kind: 'open',
      labelKey: 'guideOpenPage',
    });
  });

  it('logged out, names the step of the page and links its form', () => {
    const model = guideModel(facts({ next: undefined, pageStep: 'ig-objection' }));
    expect(model.headline).toEqual({ key: 'guideNextLoggedOut', step: 'ig-objection' });
    expect(model.action).toMatchObject({ kind: 'open', href: 'https://help.instagram.com/contact/767264225370182' });
  });

  it('when every step is done, says so and offers nothing', () => {
    expect(guideModel(facts({ next: null }))).toEqual({
      headline: { key: 'guideAllDone' },
      hintKey: 'guideNoLink',
      action: { kind: 'none' },
    });
  });
});

describe('messages the content script shows', () => {
  const keys = new Set(Object.keys(messages));
  it.each([
    ...new Set(
      SURFACES.flatMap((surface) =>
        ['<form></form>', '<a href="#">x</a>', '<div aria-expanded="false">x</div>'].map((html) => {
          document.body.innerHTML = html;
          return labelKey({ surface, by: 'url' }, document.body.firstElementChild as Element);
        }),
      ),
    ),
    'guideTitle',
    'guideNext',
    'guideNextLoggedOut',
    'guideAllDone',
    'guideLinkVisible',
    'guideLinkCollapsed',
    'guideNoLink',
    'guideShowMe',
    'guideOpenForm',
    'guideOpenPage',
    'guideDismiss',
    'reportProblem',
    'step_fb_objection',
    'step_ig_objection',
    'step_limit_public',
  ])('%s exists in English', (key) => {
    expect(keys.has(key)).toBe(true);
  });
});
