// One panel per resource, one form per operation, generated from operations.js.
import { send } from './api.js';
import { h, pretty, replace } from './dom.js';
import { RESOURCES } from './operations.js';
import { clearErrors, field, hideProblems, problemSummary, renderExchange, showProblems } from './ui.js';
import { idProblem, parseJson } from './validation.js';

function queryControl(param, opKey) {
  const base = { id: `${opKey}-q-${param.name}`, name: param.name };
  if (param.type === 'checkbox') return h('input', { ...base, type: 'checkbox' });
  if (param.type === 'select') {
    return h('select', base, h('option', { value: '', text: '(any)' }),
      param.options.map((option) => h('option', { value: option, text: option })));
  }
  if (param.type === 'number') {
    return h('input', { ...base, type: 'number', inputmode: 'numeric', min: param.min, max: param.max, step: 1 });
  }
  return h('input', { ...base, type: 'text', autocomplete: 'off' });
}

function operationForm(resource, op, { onWatch, onStream }) {
  const opKey = `${resource.key}-${op.key}`;
  const pathControls = (op.params || []).map((param) => ({
    param,
    control: h('input', {
      id: `${opKey}-p-${param.name}`, name: param.name, type: 'text', required: true, autocomplete: 'off',
      spellcheck: 'false', placeholder: param.placeholder, list: param.name === 'persona_id' ? 'persona-options'
        : param.name === 'replica_id' ? 'replica-options' : undefined,
    }),
  }));
  const queryControls = (op.query || []).map((param) => ({ param, control: queryControl(param, opKey) }));
  const sampleText = op.body ? pretty(op.body.sample) : '';
  const bodyControl = op.body
    ? h('textarea', { id: `${opKey}-body`, name: 'body', rows: Math.min(16, sampleText.split('\n').length + 1), spellcheck: 'false', class: 'code-input' })
    : null;
  if (bodyControl) bodyControl.value = sampleText;
  const summary = problemSummary();
  const exchangeBox = h('div', { class: 'exchange', hidden: true, 'aria-live': 'polite' });
  const followUp = h('div', { class: 'follow-up' });
  const submit = h('button', { type: 'submit', text: op.stream ? 'Watch live' : `Send ${op.method}` });

  const form = h('form', { class: 'operation-form', novalidate: true, 'aria-label': op.title },
    summary,
    pathControls.length ? h('fieldset', {}, h('legend', { text: 'Path' }),
      pathControls.map(({ param, control }) => field(param.label, control))) : null,
    queryControls.length ? h('fieldset', {}, h('legend', { text: 'Query (optional)' }),
      h('div', { class: 'query-grid' }, queryControls.map(({ param, control }) => field(param.label, control, param.hint)))) : null,
    bodyControl ? field(op.body.optional ? 'JSON body (optional)' : 'JSON body', bodyControl,
      op.body.shape === 'array' ? 'A JSON array.' : 'A JSON object; edit it freely, it is sent as typed.') : null,
    h('div', { class: 'actions' },
      submit,
      bodyControl ? h('button', { type: 'button', class: 'secondary', text: 'Reset body to the sample', onclick: () => { bodyControl.value = sampleText; } }) : null));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    hideProblems(summary);
    const problems = [];
    let path = op.path;
    for (const { param, control } of pathControls) {
      const value = control.value.trim();
      const trouble = idProblem(value, true);
      if (trouble) problems.push({ control, label: param.label, message: trouble });
      path = path.replace(`{${param.name}}`, encodeURIComponent(value));
    }
    const query = {};
    for (const { param, control } of queryControls) {
      if (param.type === 'checkbox') {
        if (control.checked) query[param.name] = 'true';
      } else if (control.value.trim() !== '') {
        if (param.type === 'number' && !control.checkValidity()) {
          const range = param.max !== undefined ? `${param.min} to ${param.max}` : `at least ${param.min}`;
          problems.push({ control, label: param.label, message: `must be a whole number, ${range}` });
        }
        query[param.name] = control.value.trim();
      }
    }
    let body;
    if (bodyControl) {
      const parsed = parseJson(bodyControl.value);
      const label = 'JSON body';
      if (parsed.error) {
        problems.push({ control: bodyControl, label, message: parsed.error });
      } else if (parsed.value === undefined) {
        if (!op.body.optional) problems.push({ control: bodyControl, label, message: 'required' });
      } else if (op.body.shape === 'array' ? !Array.isArray(parsed.value)
        : (typeof parsed.value !== 'object' || parsed.value === null || Array.isArray(parsed.value))) {
        problems.push({ control: bodyControl, label, message: op.body.shape === 'array' ? 'must be a JSON array' : 'must be a JSON object' });
      } else {
        body = bodyControl.value;
      }
    }
    if (problems.length > 0) {
      showProblems(summary, problems);
      return;
    }
    if (op.stream) {
      onStream(pathControls[0].control.value.trim());
      return;
    }
    submit.disabled = true;
    submit.setAttribute('aria-busy', 'true');
    try {
      const exchange = await send({ method: op.method, path, query, body });
      renderExchange(exchangeBox, exchange);
      followUp.replaceChildren();
      const answer = exchange.response && exchange.response.ok ? exchange.response.json : undefined;
      if (op.watch && answer && answer.conversation_id) {
        followUp.append(h('button', {
          type: 'button', text: `Watch conversation ${answer.conversation_id} live`,
          onclick: () => onWatch(answer),
        }));
      }
    } finally {
      submit.disabled = false;
      submit.removeAttribute('aria-busy');
    }
  });

  return h('details', { class: 'operation', id: `op-${opKey}`, open: op.key === 'create' ? true : undefined },
    h('summary', {},
      h('span', { class: `method method-${op.method.toLowerCase()}`, text: op.method }), ' ',
      h('span', { class: 'operation-title', text: op.title }), ' ',
      h('code', { class: 'operation-path', text: op.path })),
    op.description ? h('p', { class: 'operation-description', text: op.description }) : null,
    form, followUp, exchangeBox);
}

/** Fills each resource panel (#resource-<key>) with its operations. */
export function renderResourcePanels(callbacks) {
  for (const resource of RESOURCES) {
    const host = document.getElementById(`resource-${resource.key}`);
    if (!host) continue;
    replace(host,
      h('p', { class: 'panel-intro', text: resource.description }),
      resource.operations.map((op) => operationForm(resource, op, callbacks)));
  }
}
