// @vitest-environment-options {"url": "https://www.facebook.com/"}
import { afterEach, describe, expect, it } from 'vitest';
import { classifyPage, type Page } from '@/catalog/pages';
import { compileCatalog } from '@/content-scripts/shared/matcher';
import { type Feature, type Wants, watchPage } from '@/content-scripts/shared/watcher';

const { evidenceSelector } = compileCatalog();

/** Lets the observer's callback run, then the animation frame it may have asked for. */
const nextFrame = () => new Promise<void>((done) => setTimeout(() => requestAnimationFrame(() => done()), 0));

function post(html: string): HTMLElement {
  const el = document.createElement('div');
  el.setAttribute('role', 'article');
  el.innerHTML = html;
  return el;
}

/** A feature that records what it is given, wanting `wants` on every page (or what `on` says). */
function recorder(wants: Wants | ((page: Page) => Wants | null)) {
  const batches: Element[][] = [];
  const texts: number[] = [];
  const pages: string[] = [];
  const stopped: string[] = [];
  const feature: Feature = {
    wants: (page) => (typeof wants === 'function' ? wants(page) : wants),
    start(page, signal) {
      pages.push(page.href);
      signal.addEventListener('abort', () => stopped.push(page.href));
      return { added: (els) => batches.push([...els]), textChanged: () => texts.push(batches.length) };
    },
  };
  return { feature, batches, texts, pages, stopped };
}

function watch(features: Feature[], alive = () => true) {
  return watchPage(features, { classify: (href) => classifyPage(href), evidenceSelector, alive });
}

describe('watchPage', () => {
  afterEach(() => {
    document.body.replaceChildren();
    history.replaceState(null, '', 'https://www.facebook.com/');
  });

  it('gives a url-links feature only elements with URL evidence: a post without any is never handed over', async () => {
    history.replaceState(null, '', 'https://www.facebook.com/');
    const links = recorder('url-links');
    const watcher = watch([links.feature]);
    await nextFrame();
    const first = links.batches.length;
    document.body.append(post('<a role="link" href="/profile.php?id=1"><span>Ann</span></a><span>I object!</span>'));
    await nextFrame();
    expect(links.batches).toHaveLength(first);
    const withLink = post('<span><a href="https://www.facebook.com/privacy/genai/?notif_id=1">How</a></span>');
    document.body.append(withLink);
    await nextFrame();
    expect(links.batches.at(-1)).toEqual([withLink.querySelector('a')]);
    watcher.stop();
  });

  it('an elements feature gets every added element and the parent of added text, deduplicated by ancestor', async () => {
    history.replaceState(null, '', 'https://www.facebook.com/privacy/center/');
    const all = recorder('elements');
    const watcher = watch([all.feature]);
    await nextFrame();
    expect(all.batches[0]).toEqual([document.body]);
    const section = post('<div><span>Right to object</span></div>');
    const label = document.createElement('span');
    document.body.append(section, label);
    (section.querySelector('span') as HTMLElement).append(document.createElement('b'));
    label.append(document.createTextNode('Object'));
    await nextFrame();
    expect(all.batches[1]).toEqual([section, label]);
    watcher.stop();
  });

  it('many changes within one frame make one batch; a text feature hears of text changes', async () => {
    history.replaceState(null, '', 'https://www.facebook.com/help/contact/712876720715583');
    const text = recorder('text');
    const watcher = watch([text.feature]);
    await nextFrame();
    for (let i = 0; i < 20; i++) document.body.append(post(`<span>${i}</span>`));
    await nextFrame();
    expect(text.batches).toHaveLength(2);
    expect(text.batches[1]).toHaveLength(20);
    const span = document.body.querySelector('span') as HTMLElement;
    (span.firstChild as Text).data = 'changed';
    await nextFrame();
    expect(text.texts.length).toBeGreaterThan(0);
    watcher.stop();
  });

  it('starts only the features that run on the page, and the others once their wants change', async () => {
    history.replaceState(null, '', 'https://www.facebook.com/');
    let ready = false;
    const late = recorder(() => (ready ? 'elements' : null));
    const links = recorder('url-links');
    const watcher = watch([late.feature, links.feature]);
    await nextFrame();
    expect(late.pages).toEqual([]);
    ready = true;
    watcher.refresh();
    await nextFrame();
    expect(late.pages).toEqual(['https://www.facebook.com/']);
    expect(late.batches[0]).toEqual([document.body]);
    ready = false;
    watcher.refresh();
    expect(late.stopped).toEqual(['https://www.facebook.com/']);
    watcher.stop();
  });

  it('a client-side navigation stops the features and starts those of the new page', async () => {
    history.replaceState(null, '', 'https://www.facebook.com/');
    const privacy = recorder((page) => (page.kind === 'privacy' ? 'elements' : null));
    const watcher = watch([privacy.feature]);
    await nextFrame();
    history.pushState(null, '', 'https://www.facebook.com/privacy/center/');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await nextFrame();
    expect(privacy.pages).toEqual(['https://www.facebook.com/privacy/center/']);
    history.pushState(null, '', 'https://www.facebook.com/groups/1');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await nextFrame();
    expect(privacy.stopped).toEqual(['https://www.facebook.com/privacy/center/']);
    watcher.stop();
  });

  it('once the extension is gone, nothing runs and every feature stops', async () => {
    history.replaceState(null, '', 'https://www.facebook.com/privacy/center/');
    let alive = true;
    const all = recorder('elements');
    watch([all.feature], () => alive);
    await nextFrame();
    alive = false;
    document.body.append(post('<span>late</span>'));
    await nextFrame();
    expect(all.batches).toHaveLength(1);
    expect(all.stopped).toEqual(['https://www.facebook.com/privacy/center/']);
  });
});
