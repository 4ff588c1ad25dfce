// Replica of Meta's request portal, help.meta.com (2026). A page ships an empty mount node and its own words in
// <script type="application/json" id="replica-portal">; this script renders them the way the portal's React app
// does: generated class names, inputs without name attributes (found by their label), buttons that are
// div[role="button"][tabindex="0"], and routes changed with history.pushState instead of page loads.
//
// "view": "request" is a wizard: step 1 the fields listed in the config, step 2 an e-mail one-time code
// ("Request code", then a code field and "Submit"), then a success screen with no inputs at all.
// "view": "topics" is a landing page listing request topics as links, rendered a moment after load.
(() => {
  const config = JSON.parse(document.getElementById('replica-portal').textContent);
  const mount = document.getElementById(config.mount);
  const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

  // React's useId() style ids (":r0:", ":r1:", ...), the only ids the portal puts on its controls.
  let nextId = 0;
  const useId = () => `:r${(nextId++).toString(36)}:`;

  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === false || v === null || v === undefined) continue;
      if (k === 'class') el.className = v;
      else el.setAttribute(k, v === true ? '' : String(v));
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      el.append(typeof child === 'string' ? document.createTextNode(child) : child);
    }
    return el;
  }

  // Element.replaceChildren() for the children h() accepts: arrays flattened, null and false left out.
  const put = (el, ...children) =>
    el.replaceChildren(...children.flat().filter((c) => c !== null && c !== undefined && c !== false));

  const fill = (template, values) => template.replace(/\{(\w+)\}/g, (_, k) => (k in values ? values[k] : `{${k}}`));

  // A Comet-style button: a div with role="button" that acts on a click, on Enter (keydown) and on Space (keyup).
  function button(text, onPress) {
    const el = h(
      'div',
      { class: 'x1i10hfl xjbqb8w x6umtig x1b1mbwd x1n2onr6', role: 'button', tabindex: '0' },
      h('div', { class: 'x9f619 x1n2onr6 x78zum5' }, h('span', { class: 'x193iq5w xeuugli' }, h('span', {}, text))),
    );
    const press = () => {
      if (el.getAttribute('aria-disabled') === 'true') return;
      onPress();
    };
    let spaceDown = false;
    el.addEventListener('click', press);
    el.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') {
        e.preventDefault();
        if (!e.repeat) press();
      } else if (e.key === ' ' || e.key === 'Spacebar') {
        e.preventDefault();
        spaceDown = true;
      }
    });
    el.addEventListener('keyup', (e) => {
      if ((e.key === ' ' || e.key === 'Spacebar') && spaceDown) {
        e.preventDefault();
        spaceDown = false;
        press();
      }
    });
    el.addEventListener('blur', () => {
      spaceDown = false;
    });
    return el;
  }

  function banner() {
    return h(
      'div',
      { class: 'x78zum5 x1q0g3np x2lah0s xh8yej3', role: 'banner' },
      h(
        'a',
        { class: 'x1i10hfl x1qhh985 xdj266r', href: 'https://help.meta.com/', 'aria-label': 'Meta' },
        h('span', { class: 'x1heor9g', 'aria-hidden': 'true' }, '\u221e'),
        h('span', { class: 'x1xlr1w8' }, 'Meta'),
      ),
      h('span', { class: 'xi81zsa x1s688f' }, config.helpCenter || 'Help Center'),
    );
  }

  document.title = config.title;
  const main = h('div', { class: 'x1n2onr6 x1ja2u2z', role: 'main' });
  put(mount, h('div', { class: 'x9f619 x1ja2u2z x78zum5' }, banner(), main));

  if (config.view === 'topics') renderTopics();
  else renderRequest();

  // ---- Landing page: request topics as links ----

  function renderTopics() {
    const card = h(
      'div',
      { class: 'x1lliihq x1y1aw1k xwib8y2', 'aria-busy': 'true' },
      h('div', { class: 'x1a2bz9d x10l6tqk' }),
      h('div', { class: 'x1a2bz9d x1hx0egp' }),
      h('div', { class: 'x1a2bz9d x1hx0egp' }),
    );
    put(main, card);
    // The portal renders its content after its data arrives, a moment after the page loads.
    setTimeout(() => {
      card.removeAttribute('aria-busy');
      put(
        card,
        h('h1', { class: 'x1heor9g x1qlqyl8 x1pd3egz' }, h('span', {}, config.heading || config.title)),
        config.intro ? h('p', { class: 'xzsf02u x1yc453h' }, config.intro) : null,
        config.groups.map((group) =>
          h(
            'div',
            { class: 'x1gslohp xwib8y2' },
            h('div', { class: 'x1s688f x1heor9g', role: 'heading', 'aria-level': '2' }, group.heading),
            h(
              'div',
              { class: 'x1n2onr6 x1ja2u2z', role: 'list' },
              group.items.map((item) =>
                h(
                  'div',
                  { class: 'x1lliihq x1a9fu6f', role: 'listitem' },
                  h(
                    'a',
                    { class: 'x1i10hfl x1qhh985 x1s688f', href: item.href, role: 'link' },
                    h('span', {}, item.text),
                  ),
                  item.description ? h('div', { class: 'xzsf02u' }, item.description) : null,
                ),
              ),
            ),
          ),
        ),
      );
    }, config.renderDelay ?? 300);
  }

  // ---- The request wizard ----

  function renderRequest() {
    const state = {}; // the values as React sees them: only input and change events change them
    const base = (/^\/requests\/\d+\//.exec(location.pathname) || [location.pathname.replace(/done\/?$/, '')])[0];
    const total = 2;
    let step = 1;
    let codeRequested = false;
    let submitted = false;
    let busy = false;
    let fields = []; // the controls of the step on screen: {spec, control, slot}
    let counter = null;
    let submitButton = null;

    // A reload at ?step=2 or /done/ starts over at step 1, as the portal does without its client state.
    if (location.pathname !== base || new URLSearchParams(location.search).has('step')) {
      history.replaceState(null, '', base);
    }

    const product = h(
      'div',
      { class: 'x78zum5 x1q0g3np xzsf02u x1yc453h' },
      h('span', { class: 'x1a9fu6f', 'aria-hidden': 'true' }),
      h('span', {}, config.productName),
    );
    const card = h('div', { class: 'x1lliihq x1y1aw1k xwib8y2' });
    put(main, product, card);

    const value = (key) => String(state[key] ?? '');
    const filled = (key) => value(key).trim() !== '';

    function problem(spec) {
      if (spec.required && !filled(spec.key)) return spec.error;
      if (spec.type === 'email' && filled(spec.key) && !EMAIL.test(value(spec.key).trim()))
        return spec.invalid || spec.error;
      if (spec.pattern && filled(spec.key) && !new RegExp(spec.pattern).test(value(spec.key).trim()))
        return spec.invalid || spec.error;
      return null;
    }

    function updateCounter() {
      if (!counter) return;
      const left = fields.filter((f) => f.spec.required && !filled(f.spec.key)).length;
      const words = config.counter;
      const template = left === 0 && words.zero ? words.zero : left === 1 ? words.one : words.other;
      counter.textContent = fill(template, { count: String(left) });
    }

    function setError(field, message) {
      const { control, slot } = field;
      slot.replaceChildren();
      if (message) {
        const id = useId();
        slot.append(h('div', { class: 'x1n2onr6 xhd5x6u', role: 'alert', id }, message));
        control.setAttribute('aria-invalid', 'true');
        control.setAttribute('aria-describedby', id);
      } else {
        control.setAttribute('aria-invalid', 'false');
        control.removeAttribute('aria-describedby');
      }
    }

    // One field: its control, how it is labelled (config "labelling"), and a slot for its error.
    function field(spec) {
      const id = useId();
      let control;
      if (spec.type === 'select') {
        control = h(
          'select',
          { class: 'x1a2a7pz xjbqb8w x1lkfr7t', autocomplete: spec.autocomplete },
          h('option', { value: '' }, spec.placeholder || ''),
          spec.options.map(([code, name]) => h('option', { value: code }, name)),
        );
      } else if (spec.type === 'textarea') {
        control = h('textarea', { class: 'x1a2a7pz xjbqb8w x1y1aw1k', rows: spec.rows || 4, dir: 'auto' });
      } else {
        control = h('input', {
          class: 'x1a2a7pz xjbqb8w',
          type: spec.type || 'text',
          dir: 'auto',
          autocomplete: spec.autocomplete,
          inputmode: spec.inputmode,
        });
      }
      control.setAttribute('aria-invalid', 'false');
      if (spec.placeholder && spec.type !== 'select') control.setAttribute('placeholder', spec.placeholder);
      control.value = value(spec.key);

      const native = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(control), 'value');
      const record = { spec, control, slot: h('div', { class: 'x1gslohp' }) };
      const onEvent = () => {
        state[spec.key] = native.get.call(control);
        if (control.getAttribute('aria-invalid') === 'true' && !problem(spec)) setError(record, null);
        updateCounter();
      };
      control.addEventListener('input', onEvent);
      control.addEventListener('change', onEvent);

      const caption = (attrs) => h('div', { class: 'x1s688f x1ye3gou', ...attrs }, spec.label);
      let parts;
      switch (spec.labelling) {
        case 'for':
          control.id = id;
          parts = [h('label', { class: 'x1s688f x1ye3gou', for: id }, spec.label), control];
          break;
        case 'wrap':
          parts = [h('label', { class: 'x1ye3gou' }, h('span', { class: 'x1s688f x1lliihq' }, spec.label), control)];
          break;
        case 'aria-label':
          control.setAttribute('aria-label', spec.label);
          parts = [caption({}), control];
          break;
        case 'aria-labelledby':
          control.setAttribute('aria-labelledby', id);
          parts = [caption({ id }), control];
          break;
        default: // 'placeholder': the only words on the field are its placeholder
          control.setAttribute('placeholder', spec.label);
          parts = [h('div', { class: 'x1ye3gou' }), control];
      }
      if (spec.hint) parts.push(h('div', { class: 'xzsf02u' }, spec.hint));
      parts.push(record.slot);
      record.block = h('div', { class: 'x1gslohp x1n2onr6' }, parts);
      return record;
    }

    function stepLine() {
      return config.stepOf
        ? h('div', { class: 'xzsf02u x1yc453h' }, fill(config.stepOf, { n: String(step), total: String(total) }))
        : null;
    }

    function title() {
      return h('h1', { class: 'x1heor9g x1qlqyl8 x1pd3egz' }, h('span', {}, config.title));
    }

    function newCounter() {
      counter = h('div', { class: 'xi81zsa x1yc453h', 'aria-live': 'polite' });
      return counter;
    }

    function focusFirstInvalid(bad) {
      if (bad.length) bad[0].control.focus();
    }

    function renderStep1() {
      step = 1;
      fields = config.fields.map(field);
      put(
        card,
        title(),
        stepLine(),
        config.intro ? h('p', { class: 'x1yc453h' }, config.intro) : null,
        newCounter(),
        fields.map((f) => f.block),
        h('div', { class: 'x78zum5 x1gslohp' }, button(config.continue, onContinue)),
      );
      updateCounter();
    }

    function onContinue() {
      const bad = [];
      for (const f of fields) {
        const message = problem(f.spec);
        setError(f, message);
        if (message) bad.push(f);
      }
      if (bad.length) {
        focusFirstInvalid(bad);
        return;
      }
      history.pushState({ step: 2 }, '', `${base}?step=2`);
      renderStep2();
    }

    function renderStep2() {
      step = 2;
      const words = config.code;
      const heading = h(
        'div',
        { class: 'x1s688f x1heor9g', role: 'heading', 'aria-level': '2', tabindex: '-1' },
        words.heading,
      );
      const body = h('div', { class: 'x1gslohp' });
      fields = [];
      counter = null;
      put(card, title(), stepLine(), heading, words.text ? h('p', { class: 'x1yc453h' }, words.text) : null, body);

      const showCodeField = () => {
        const code = field({ key: 'code', type: 'text', required: true, pattern: '^\\d{6}$', ...words.field });
        code.control.setAttribute('autocomplete', 'one-time-code');
        code.control.setAttribute('inputmode', 'numeric');
        fields = [code];
        submitButton = button(words.submit, onSubmit);
        put(
          body,
          h('div', { class: 'x1lliihq x1a9fu6f', role: 'status' }, fill(words.sent, { email: value('email').trim() })),
          newCounter(),
          code.block,
          h('div', { class: 'x78zum5 x1gslohp' }, submitButton),
        );
        updateCounter();
        code.control.focus();
      };

      if (codeRequested) showCodeField();
      else {
        put(
          body,
          h(
            'div',
            { class: 'x78zum5 x1gslohp' },
            button(words.request, () => {
              codeRequested = true;
              showCodeField();
            }),
          ),
        );
        heading.focus();
      }
    }

    function onSubmit() {
      if (busy) return;
      const [code] = fields;
      const message = problem(code.spec);
      setError(code, message);
      if (message) {
        code.control.focus();
        return;
      }
      // The portal sends the request, then shows its answer: a moment later, not at once.
      busy = true;
      submitButton.setAttribute('aria-disabled', 'true');
      card.setAttribute('aria-busy', 'true');
      setTimeout(() => {
        busy = false;
        submitted = true;
        card.removeAttribute('aria-busy');
        history.pushState({ step: 'done' }, '', `${base}done/`);
        renderDone();
      }, config.submitDelay ?? 400);
    }

    function renderDone() {
      fields = [];
      counter = null;
      put(
        card,
        h('h1', { class: 'x1heor9g x1qlqyl8 x1pd3egz', tabindex: '-1' }, h('span', {}, config.success.title)),
        h('p', { class: 'x1yc453h' }, config.success.text),
      );
      card.firstChild.focus();
    }

    // Back and forward between the steps stay client-side; a sent request stays sent.
    window.addEventListener('popstate', () => {
      if (busy) return;
      if (submitted) renderDone();
      else if (
        new URLSearchParams(location.search).get('step') === '2' &&
        config.fields.every((spec) => !problem(spec))
      )
        renderStep2();
      else renderStep1();
    });

    renderStep1();
  }
})();
