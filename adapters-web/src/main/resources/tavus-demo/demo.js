// Entry point of the demo page: the token, the mode badge, the tabs, and every panel.
import { onMode, send, tokens } from './api.js';
import { byId, h } from './dom.js';
import { createLiveView } from './live.js';
import { createPersonaBuilder } from './persona-builder.js';
import { renderResourcePanels } from './resources.js';

const MODE_TEXT = {
  sandbox: ['Sandbox mode', 'The in-process Tavus simulator answers: nothing is billed, calls are simulated.'],
  live: ['Live mode', 'Requests go to the real Tavus API: conversations open real, billed rooms.'],
};

function setupTabs() {
  const tabs = [...document.querySelectorAll('[role="tab"]')];
  function select(tab, focus) {
    for (const other of tabs) {
      const selected = other === tab;
      other.setAttribute('aria-selected', String(selected));
      other.tabIndex = selected ? 0 : -1;
      byId(other.getAttribute('aria-controls')).hidden = !selected;
    }
    if (focus) tab.focus();
    tab.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    history.replaceState(null, '', `#${tab.id.replace(/^tab-/, '')}`);
  }
  tabs.forEach((tab, index) => {
    tab.addEventListener('click', () => select(tab, false));
    tab.addEventListener('keydown', (event) => {
      const moves = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 };
      if (!(event.key in moves)) return;
      event.preventDefault();
      select(tabs[(moves[event.key] + tabs.length) % tabs.length], true);
    });
  });
  const fromHash = tabs.find((tab) => `#${tab.id.replace(/^tab-/, '')}` === location.hash);
  select(fromHash || tabs[0], false);
  return (name) => select(byId(`tab-${name}`), false);
}

function setupMode() {
  const badge = byId('mode-badge');
  const note = byId('sandbox-note');
  let shown = '';
  function show(mode) {
    if (mode === shown || !MODE_TEXT[mode]) return;
    shown = mode;
    const [label, title] = MODE_TEXT[mode];
    badge.textContent = label;
    badge.title = title;
    badge.className = `badge badge-${mode}`;
    badge.dataset.mode = mode;
    note.hidden = mode !== 'sandbox';
  }
  onMode(show);
  fetch('/actuator/info', { headers: { Accept: 'application/json' }, cache: 'no-store' })
    .then((response) => (response.ok ? response.json() : null))
    .then((info) => {
      if (info && info.tavus && info.tavus.mode) show(info.tavus.mode);
    })
    .catch(() => {
      badge.textContent = 'Mode unknown';
    });
}

function fillOptions(listId, items, idKey, nameKey) {
  const list = byId(listId);
  const known = new Set([...list.options].map((option) => option.value));
  for (const item of items) {
    if (item && item[idKey] && !known.has(item[idKey])) {
      known.add(item[idKey]);
      list.append(h('option', { value: item[idKey], label: item[nameKey] ? `${item[nameKey]} (${item[idKey]})` : item[idKey] }));
    }
  }
}

function setupToken() {
  const form = byId('token-form');
  const input = byId('token-input');
  const status = byId('token-status');
  const forget = byId('token-forget');

  function say(text, kind) {
    status.textContent = text;
    status.className = `token-status token-status-${kind}`;
    status.dataset.state = kind;
  }

  async function check() {
    say('Checking the token…', 'checking');
    const exchange = await send({ method: 'GET', path: '/tavus-api-calls/personas/list/', query: { limit: 100 } });
    if (exchange.networkError) {
      say('Could not reach the platform. Is the service running?', 'error');
      return;
    }
    const { status: code, json } = exchange.response;
    if (code === 401) {
      tokens.clear();
      input.setAttribute('aria-invalid', 'true');
      say('This token was rejected (401). Check it and paste it again.', 'error');
      return;
    }
    if (code === 403) {
      say('Token accepted, but it may not read. Some panels will answer 403.', 'warning');
      return;
    }
    input.removeAttribute('aria-invalid');
    say('Token accepted. It stays in this browser tab only.', 'ok');
    if (json && Array.isArray(json.data)) fillOptions('persona-options', json.data, 'persona_id', 'persona_name');
    const replicas = await send({ method: 'GET', path: '/tavus-api-calls/replicas/list/', query: { limit: 100 } });
    const replicaList = replicas.response && replicas.response.json && replicas.response.json.data;
    if (Array.isArray(replicaList)) fillOptions('replica-options', replicaList, 'replica_id', 'replica_name');
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const token = input.value.trim();
    if (!token) {
      input.setAttribute('aria-invalid', 'true');
      say('Paste your API token first.', 'error');
      input.focus();
      return;
    }
    tokens.set(token);
    check();
  });
  forget.addEventListener('click', () => {
    tokens.clear();
    input.value = '';
    input.removeAttribute('aria-invalid');
    say('Token forgotten. Paste one to use the panels.', 'none');
    input.focus();
  });

  const saved = tokens.get();
  if (saved) {
    input.value = saved;
    check();
  } else {
    say('No token yet: paste one (the service logs a generated token at start unless API_TOKENS is set).', 'none');
  }
}

function start() {
  const showTab = setupTabs();
  setupMode();
  const live = createLiveView({ showLiveTab: () => showTab('live') });
  createPersonaBuilder({
    onPersonaCreated: (persona) => fillOptions('persona-options', [persona], 'persona_id', 'persona_name'),
    onUsePersona: ({ personaId }) => {
      live.prefill({ personaId, replicaId: '' }); // the persona's default replica joins
      showTab('live');
      live.focusStart();
    },
  });
  renderResourcePanels({
    onWatch: (conversation) => live.watch(conversation),
    onStream: (conversationId) => live.watch({ conversation_id: conversationId }),
  });
  setupToken();
  document.body.dataset.ready = 'true';
}

start();
