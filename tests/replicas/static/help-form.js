// Replica of how Meta's help contact forms behave, shared by every form replica. Each page keeps its own
// words in <script type="application/json" id="replica-form">: which fields are required, the error,
// and either the success screen (2025: answered in place) or the e-mail code step (2024: then a real POST).

// React-style controlled fields: the form's state changes only through input/change events.
function controlled(form, state) {
  for (const el of form.querySelectorAll('input, select, textarea')) {
    const native = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), 'value');
    const onEvent = () => {
      state[el.name] = native.get.call(el);
    };
    el.addEventListener('input', onEvent);
    el.addEventListener('change', onEvent);
  }
}

const config = JSON.parse(document.getElementById('replica-form').textContent);
const form = document.getElementById(config.form);
const state = {};
controlled(form, state);
let codeAsked = false;

form.addEventListener('submit', (e) => {
  if (config.code && codeAsked) {
    // The code step: a six-digit code lets the browser post the form to Meta.
    if (!/^\d{6}$/.test(state.confirmation_code || '')) e.preventDefault();
    return;
  }
  e.preventDefault();
  if (config.required.some((name) => !state[name])) {
    document.getElementById(config.error).textContent = config.errorText;
    return;
  }
  if (config.code) {
    codeAsked = true;
    document.getElementById(config.code.hide).hidden = true;
    document.getElementById(config.code.show).hidden = false;
    document.getElementById(config.code.note).textContent = config.code.text.replace('{email}', state.email);
    return;
  }
  // Meta's 2025 forms answer in place: the form is replaced by the success screen.
  const card = form.parentElement;
  card.replaceChildren();
  const h = document.createElement('h1');
  h.className = 'x193iq5w';
  h.textContent = config.success.title;
  const p = document.createElement('p');
  p.textContent = config.success.text;
  card.append(h, p);
});
