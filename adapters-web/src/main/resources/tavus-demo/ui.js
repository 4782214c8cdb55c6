// Form fields with accessible errors, and the view of one request/response exchange.
import { asCurl, problem } from './api.js';
import { h, pretty, replace } from './dom.js';

let fieldCount = 0;

/**
 * A labelled field: the control gets an id, the label points at it, and the hint and error
 * texts are tied to it with aria-describedby.
 */
export function field(label, control, hint) {
  fieldCount += 1;
  const id = control.id || `field-${fieldCount}`;
  control.id = id;
  const hintEl = hint ? h('p', { class: 'hint', id: `${id}-hint`, text: hint }) : null;
  const errorEl = h('p', { class: 'field-error', id: `${id}-error`, hidden: true });
  control.setAttribute('aria-describedby', [hintEl && hintEl.id, errorEl.id].filter(Boolean).join(' '));
  const isCheckbox = control.type === 'checkbox';
  return h('div', { class: isCheckbox ? 'field field-checkbox' : 'field' },
    isCheckbox ? null : h('label', { for: id, text: label }),
    control,
    isCheckbox ? h('label', { for: id, text: label }) : null,
    hintEl, errorEl);
}

export function setError(control, message) {
  const errorEl = document.getElementById(`${control.id}-error`);
  control.setAttribute('aria-invalid', 'true');
  if (errorEl) {
    errorEl.textContent = message;
    errorEl.hidden = false;
  }
}

export function clearErrors(form) {
  form.querySelectorAll('[aria-invalid="true"]').forEach((control) => control.removeAttribute('aria-invalid'));
  form.querySelectorAll('.field-error').forEach((errorEl) => {
    errorEl.textContent = '';
    errorEl.hidden = true;
  });
}

/**
 * Shows the problems found in a form before sending: each next to its field, and all of them in
 * a summary that takes the focus, with links that move to the field.
 * problems: [{control, label, message}]
 */
export function showProblems(summary, problems) {
  problems.forEach(({ control, message }) => setError(control, message));
  replace(summary,
    h('p', { class: 'summary-title', text: problems.length === 1 ? 'Please fix this first:' : `Please fix these ${problems.length} problems first:` }),
    h('ul', {}, problems.map(({ control, label, message }) => h('li', {},
      h('a', {
        href: `#${control.id}`,
        onclick: (event) => {
          event.preventDefault();
          control.focus();
        },
        text: `${label}: ${message}`,
      })))));
  summary.hidden = false;
  summary.focus();
}

export function hideProblems(summary) {
  summary.hidden = true;
  replace(summary);
}

/** An error summary box (hidden until there is something to say). */
export function problemSummary() {
  return h('div', { class: 'error-summary', role: 'alert', tabindex: '-1', hidden: true });
}

function requestText(request) {
  const lines = [`${request.method} ${request.url}`];
  for (const [name, value] of Object.entries(request.headers)) lines.push(`${name}: ${value}`);
  if (request.body !== undefined) lines.push('', request.body);
  return lines.join('\n');
}

function responseText(response) {
  const lines = [`HTTP ${response.status} ${response.statusText}`.trim()];
  for (const [name, value] of Object.entries(response.headers)) lines.push(`${name}: ${value}`);
  return lines.join('\n');
}

/**
 * Renders one exchange into container: outcome first, then the exact request and the response
 * (folded away when collapsed is set, for narrow places).
 */
export function renderExchange(container, exchange, title = 'Last request', { collapsed = false } = {}) {
  const trouble = problem(exchange);
  const timing = exchange.milliseconds !== undefined ? ` · ${exchange.milliseconds} ms` : '';
  const outcome = trouble
    ? h('p', { class: 'outcome outcome-error', role: 'alert' }, h('strong', { text: 'Error: ' }), trouble)
    : h('p', { class: 'outcome outcome-ok', role: 'status' },
      h('strong', { text: `${exchange.response.status} ${exchange.response.statusText}` }), timing);
  let body = null;
  if (exchange.response) {
    const { json, text } = exchange.response;
    const shown = json !== undefined ? pretty(json) : text || '(no body)';
    body = h('pre', { class: 'code response-body', tabindex: '0', 'aria-label': 'Response body', text: shown });
  }
  const details = h('div', { class: 'exchange-grid' },
      h('section', { class: 'exchange-part', 'aria-label': 'Request sent' },
        h('h5', { text: 'Request sent' }),
        h('pre', { class: 'code', tabindex: '0', 'aria-label': 'Request', text: requestText(exchange.request) }),
        h('details', {},
          h('summary', { text: 'As curl' }),
          h('pre', { class: 'code', tabindex: '0', 'aria-label': 'Request as curl', text: asCurl(exchange.request) }))),
      h('section', { class: 'exchange-part', 'aria-label': 'Response' },
        h('h5', { text: 'Response' }),
        exchange.response
          ? [h('pre', { class: 'code', tabindex: '0', 'aria-label': 'Response status and headers', text: responseText(exchange.response) }), body]
          : h('p', { text: 'No response.' })));
  replace(container,
    h('h4', { class: 'exchange-title', text: title }),
    outcome,
    collapsed ? h('details', {}, h('summary', { text: 'Request and response' }), details) : details);
  container.hidden = false;
  return trouble;
}
