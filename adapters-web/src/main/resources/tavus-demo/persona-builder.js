// The persona builder: a form for the parts of a persona people change most, with the
// function-calling tools edited as JSON and checked before anything is sent.
import { send } from './api.js';
import { byId, h, pretty, replace } from './dom.js';
import { DRAKO_PERSONA, DRAKO_TOOLS } from './operations.js';
import { clearErrors, hideProblems, renderExchange, showProblems } from './ui.js';
import { idProblem, parseJson, toolProblems } from './validation.js';

/**
 * The create-persona body for the builder's values; undefined parts are left out, so Tavus's
 * defaults apply. values: {name, systemPrompt, context, replica, model, ttsEngine, emotion, tools}
 */
export function personaBody(values) {
  const body = values.name ? { persona_name: values.name } : {};
  body.pipeline_mode = 'full';
  if (values.systemPrompt) body.system_prompt = values.systemPrompt;
  if (values.context) body.context = values.context;
  if (values.replica) body.default_replica_id = values.replica;
  const llm = {};
  if (values.model) llm.model = values.model;
  if (Array.isArray(values.tools) && values.tools.length > 0) llm.tools = values.tools;
  const tts = {};
  if (values.ttsEngine) tts.tts_engine = values.ttsEngine;
  if (values.ttsEngine && values.emotion) tts.tts_emotion_control = true;
  const layers = {};
  if (Object.keys(llm).length > 0) layers.llm = llm;
  if (Object.keys(tts).length > 0) layers.tts = tts;
  if (Object.keys(layers).length > 0) body.layers = layers;
  return body;
}

export function createPersonaBuilder({ onUsePersona, onPersonaCreated }) {
  const form = byId('persona-form');
  const controls = {
    name: byId('persona-name'),
    systemPrompt: byId('persona-system-prompt'),
    context: byId('persona-context'),
    replica: byId('persona-replica'),
    model: byId('persona-model'),
    ttsEngine: byId('persona-tts-engine'),
    emotion: byId('persona-tts-emotion'),
    tools: byId('persona-tools'),
  };
  const summary = byId('persona-summary');
  const preview = byId('persona-preview');
  const toolsStatus = byId('persona-tools-status');
  const exchangeBox = byId('persona-exchange');
  const result = byId('persona-result');

  function loadSample() {
    controls.name.value = DRAKO_PERSONA.persona_name;
    controls.systemPrompt.value = DRAKO_PERSONA.system_prompt;
    controls.context.value = DRAKO_PERSONA.context;
    controls.replica.value = DRAKO_PERSONA.default_replica_id;
    controls.model.value = DRAKO_PERSONA.layers.llm.model;
    controls.ttsEngine.value = DRAKO_PERSONA.layers.tts.tts_engine;
    controls.emotion.checked = DRAKO_PERSONA.layers.tts.tts_emotion_control;
    controls.tools.value = pretty(DRAKO_TOOLS);
    clearErrors(form);
    hideProblems(summary);
    update();
  }

  /** Reads the form: {values, problems}. */
  function read() {
    const problems = [];
    const values = {
      name: controls.name.value.trim(),
      systemPrompt: controls.systemPrompt.value.trim(),
      context: controls.context.value.trim(),
      replica: controls.replica.value.trim(),
      model: controls.model.value.trim(),
      ttsEngine: controls.ttsEngine.value,
      emotion: controls.emotion.checked,
    };
    if (!values.systemPrompt) {
      problems.push({ control: controls.systemPrompt, label: 'System prompt', message: 'required: it tells the replica who it is' });
    }
    const replicaTrouble = idProblem(values.replica, false);
    if (replicaTrouble) problems.push({ control: controls.replica, label: 'Default replica', message: replicaTrouble });
    const parsed = parseJson(controls.tools.value);
    if (parsed.error) {
      problems.push({ control: controls.tools, label: 'Tools', message: parsed.error });
    } else if (parsed.value !== undefined) {
      const toolTrouble = toolProblems(parsed.value);
      if (toolTrouble.length > 0) {
        problems.push({ control: controls.tools, label: 'Tools', message: toolTrouble.join('; ') });
      } else {
        values.tools = parsed.value;
      }
    }
    return { values, problems };
  }

  /** Keeps the body preview and the tools check current while the user types. */
  function update() {
    const { values, problems } = read();
    preview.textContent = pretty(personaBody(values));
    const toolsTrouble = problems.find((p) => p.control === controls.tools);
    toolsStatus.className = toolsTrouble ? 'tools-status tools-status-error' : 'tools-status tools-status-ok';
    toolsStatus.textContent = toolsTrouble
      ? `Tools: ${toolsTrouble.message}`
      : `Tools: valid JSON, ${(values.tools || []).length} function tool${(values.tools || []).length === 1 ? '' : 's'}.`;
  }

  form.addEventListener('input', update);
  form.addEventListener('change', update);
  byId('persona-sample').addEventListener('click', loadSample);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    hideProblems(summary);
    const { values, problems } = read();
    if (problems.length > 0) {
      showProblems(summary, problems);
      return;
    }
    const submit = form.querySelector('button[type="submit"]');
    submit.disabled = true;
    try {
      const exchange = await send({ method: 'POST', path: '/tavus-api-calls/personas/', body: pretty(personaBody(values)) });
      const trouble = renderExchange(exchangeBox, exchange, 'Create persona');
      const persona = exchange.response && exchange.response.ok ? exchange.response.json : undefined;
      if (trouble || !persona || !persona.persona_id) {
        result.hidden = true;
        return;
      }
      onPersonaCreated(persona);
      replace(result,
        h('p', {}, 'Created persona ', h('code', { id: 'persona-created-id', text: persona.persona_id }),
          persona.persona_name ? ` (${persona.persona_name})` : '', '.'),
        h('button', {
          type: 'button', id: 'persona-use', text: 'Start a conversation with this persona',
          onclick: () => onUsePersona({ personaId: persona.persona_id }),
        }));
      result.hidden = false;
      byId('persona-use').focus();
    } finally {
      submit.disabled = false;
    }
  });

  loadSample();
}
