import { beforeEach, describe, expect, it } from 'vitest';
import { continueButtons, formWords } from '@/content-scripts/forms/fields';
import { decide, SETTLE_MS, type Snapshot, snapshot } from '@/content-scripts/shared/submission';

const shown = (more: Partial<Snapshot>): Snapshot => ({
  fields: 0,
  error: false,
  content: true,
  successWords: false,
  ...more,
});

describe('a submission is taken when the form is gone, never for its words alone', () => {
  it.each([
    ['the form gone, the page quiet', shown({}), SETTLE_MS, 'taken'],
    ['the form gone, Meta’s known success words on screen', shown({ successWords: true }), 0, 'taken'],
    ['the form gone, the page still changing', shown({}), SETTLE_MS - 1, 'wait'],
    ['the next step of a wizard (its fields or its button)', shown({ fields: 1 }), 10_000, 'wait'],
    ['success words beside the form still on screen', shown({ fields: 2, successWords: true }), 10_000, 'wait'],
    ['a page still blank while it loads', shown({ content: false }), 10_000, 'wait'],
    ['an error on screen', shown({ error: true }), 10_000, 'failed'],
    ['an error beside success words', shown({ error: true, successWords: true }), 10_000, 'failed'],
  ])('%s → %s', (_what, snap, quiet, verdict) => {
    expect(decide(snap, quiet)).toBe(verdict);
  });
});

describe('what the page shows after a submission', () => {
  const words = { continueButtons, success: formWords('success') };
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('the 2025 form replaced in place by its success card, in words Objector never saw', () => {
    document.body.innerHTML =
      '<div role="main"><h1>Thanks.</h1><p>Your objection is on record and applies from today.</p></div>';
    expect(snapshot(document, null, words)).toEqual(shown({}));
  });

  it('Meta’s known success words', () => {
    document.body.innerHTML = '<div role="main"><p>This means your request will be applied going forward.</p></div>';
    expect(snapshot(document, null, words).successWords).toBe(true);
  });

  it('the portal’s code step: no field yet, but its “Request code” button', () => {
    document.body.innerHTML =
      '<div role="main"><h2>Confirm your email address</h2><div role="button" tabindex="0">Request code</div></div>';
    expect(snapshot(document, null, words).fields).toBe(1);
  });

  it('the help centre after a form posted there: its search box is not a form', () => {
    document.body.innerHTML = `<div role="banner"></div><div role="main"><p role="status">Thanks for getting in touch.</p>
      <form role="search"><input type="search" aria-label="Search the Help Centre"></form><a href="/help/1">Topic</a></div>`;
    expect(snapshot(document, null, words)).toEqual(shown({}));
  });

  it('the form kept on screen with a validation error', () => {
    document.body.innerHTML = `<div role="main"><form><input type="email" value="a@b.example">
      <p role="alert">Something went wrong. Please try again later.</p><button type="submit">Send</button></form></div>`;
    const form = document.querySelector('form');
    expect(snapshot(document, form, words)).toEqual(shown({ fields: 2, error: true }));
  });

  it('without the form pages’ words (on another Meta page), only fields count', () => {
    document.body.innerHTML = '<div role="main"><div role="button" tabindex="0">Request code</div><p>x</p></div>';
    expect(snapshot(document, null).fields).toBe(0);
  });
});
