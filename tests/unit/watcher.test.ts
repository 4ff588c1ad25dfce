import { afterEach, describe, expect, it, vi } from 'vitest';
import { CATALOG } from '@/catalog/targets';
import { compileCatalog } from '@/content-scripts/matcher';
import { watchAddedElements } from '@/content-scripts/observer';

const { ordinarySelector } = compileCatalog(CATALOG);

/** Lets the observer's callback run, then the animation frame it may have asked for. */
const nextFrame = () => new Promise<void>((done) => setTimeout(() => requestAnimationFrame(() => done()), 0));

function post(html: string): HTMLElement {
  const el = document.createElement('div');
  el.setAttribute('role', 'article');
  el.innerHTML = html;
  return el;
}

describe('watchAddedElements', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  function watch(gate: () => string | null) {
    const batches: Element[][] = [];
    const abort = new AbortController();
    const raf = vi.spyOn(window, 'requestAnimationFrame');
    const queue = watchAddedElements(document.body, gate, (roots) => batches.push(roots), abort.signal);
    return { batches, abort, queue, raf };
  }

  it('on an ordinary page, a post without URL evidence costs no frame and no batch', async () => {
    const { batches, raf, abort } = watch(() => ordinarySelector);
    document.body.append(post('<a role="link" href="/profile.php?id=1"><span>Ann</span></a><span>I object!</span>'));
    await nextFrame();
    expect(batches).toEqual([]);
    // Only the test's own frame was asked for.
    expect(raf).toHaveBeenCalledTimes(1);
    abort.abort();
    raf.mockRestore();
  });

  it('hands over a post that holds an objection link, and a link added into an existing post', async () => {
    const { batches, abort } = watch(() => ordinarySelector);
    const withLink = post(
      '<span><a role="link" href="https://www.facebook.com/privacy/genai/?notif_id=1">How</a></span>',
    );
    const plain = post('<span>nothing</span>');
    document.body.append(withLink, plain);
    await nextFrame();
    expect(batches).toEqual([[withLink]]);
    const late = document.createElement('a');
    late.setAttribute('href', '/help/contact/712876720715583');
    plain.append(late);
    await nextFrame();
    expect(batches[1]).toEqual([late]);
    abort.abort();
  });

  it('without a gate, every added element and the parent of added text count, deduplicated by ancestor', async () => {
    const { batches, abort } = watch(() => null);
    const section = post('<div><span>Right to object</span></div>');
    const label = document.createElement('span');
    document.body.append(section, label);
    const inner = section.querySelector('span') as HTMLElement;
    inner.append(document.createElement('b'));
    label.append(document.createTextNode('Object'));
    await nextFrame();
    expect(batches).toEqual([[section, label]]);
    abort.abort();
  });

  it('many changes within one frame make one batch; nothing runs after abort', async () => {
    const { batches, abort, queue } = watch(() => null);
    for (let i = 0; i < 20; i++) document.body.append(post(`<span>${i}</span>`));
    await nextFrame();
    expect(batches).toHaveLength(1);
    expect(batches[0]).toHaveLength(20);
    abort.abort();
    document.body.append(post('<span>late</span>'));
    queue(document.body);
    await nextFrame();
    expect(batches).toHaveLength(1);
  });

  it('reads the gate at each callback: a page that becomes a privacy page lets text through', async () => {
    let gate: string | null = ordinarySelector;
    const { batches, abort } = watch(() => gate);
    const heading = post('<span>Privacy</span>');
    document.body.append(heading);
    await nextFrame();
    expect(batches).toEqual([]);
    gate = null;
    heading.append(document.createTextNode(' and Generative AI'));
    await nextFrame();
    expect(batches).toEqual([[heading]]);
    abort.abort();
  });
});
