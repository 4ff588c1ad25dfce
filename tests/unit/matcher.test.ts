import { describe, expect, it } from 'vitest';
import { Catalog } from '@/catalog/schema';
import { CATALOG } from '@/catalog/targets';
import { targetForUrl } from '@/content-scripts/matcher';

describe('catalog', () => {
  it('is valid against its schema', () => {
    expect(Catalog.safeParse(CATALOG).success).toBe(true);
  });
});

describe('targetForUrl', () => {
  const base = 'https://www.facebook.com/privacy/center/';
  it.each([
    '/privacy/genai/?entry_point=privacy_center_home',
    'https://de-de.facebook.com/privacy/genai',
    'https://m.facebook.com/privacy/guide/generative-ai/',
    'https://privacycenter.instagram.com/privacy/genai/',
  ])('finds the generative-AI page at %s', (href) => {
    expect(targetForUrl(CATALOG, href, base)?.step).toBe('fb-objection');
  });

  it.each([
    '/privacy/policy/?entry_point=facebook_page_footer',
    '/privacy/genaix',
    'https://evil.example/privacy/genai',
    'https://facebook.com.evil.example/privacy/genai',
    'javascript:alert(1)',
  ])('ignores %s', (href) => {
    expect(targetForUrl(CATALOG, href, base)).toBeNull();
  });
});
