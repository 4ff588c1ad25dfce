// Replica of Meta's help contact forms for the answers help-form.js does not give: a server error shown in
// place, or a real POST to wherever the form's action points. The page keeps its words in the same
// <script type="application/json" id="replica-form"> block as help-form.js:
//   form, required, error, errorText   as in help-form.js (a required field empty: errorText in the error element)
//   invalid: {field, text}             that field must look like an e-mail address, else text
//   outcome: "error"                   a valid form is "sent", and after `delay` ms outcomeText replaces the
//                                      error element's text; the form stays on screen
//   outcome: "post"                    a valid form is posted by the browser to its action (no preventDefault)

(() => {
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
  const error = document.getElementById(config.error);
  const state = {};
  controlled(form, state);

  const say = (text) => {
    // Cleared first, so a repeated message is a new alert.
    error.textContent = '';
    setTimeout(() => {
      error.textContent = text;
    }, 0);
  };

  form.addEventListener('submit', (e) => {
    if (config.required.some((name) => !String(state[name] || '').trim())) {
      e.preventDefault();
      say(config.errorText);
      return;
    }
    if (config.invalid && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(String(state[config.invalid.field]).trim())) {
      e.preventDefault();
      say(config.invalid.text);
      return;
    }
    if (config.outcome === 'post') {
      error.textContent = '';
      return; // the browser posts the form
    }
    e.preventDefault();
    error.textContent = '';
    setTimeout(() => say(config.outcomeText), config.delay ?? 400);
  });
})();
