// The live conversation: start one (or pick one), embed its conversation_url, follow its status
// over the platform's Server-Sent Events stream, end it, and show the transcript.
import { authHeaders, problem, reasonPhrase, send } from './api.js';
import { byId, h, replace } from './dom.js';
import { readEventStream } from './sse.js';
import { clearErrors, hideProblems, renderExchange, showProblems } from './ui.js';
import { idProblem } from './validation.js';

const STATUS_TEXT = {
  connecting: 'Connecting to the status stream…',
  created: 'Created: waiting for the replica to join',
  active: 'Active: the replica is in the call',
  completed: 'Completed: the call is over',
  deleted: 'Deleted',
};
const RETRY_DELAY_MS = 2000;
const MAX_RETRIES = 5;
const SANDBOX_LEAVE = 'tavus-sandbox:leave';
const SANDBOX_ENDED = 'tavus-sandbox:ended';

function sleep(ms, signal) {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    }, { once: true });
  });
}

function isEmbeddable(url) {
  try {
    const parsed = new URL(url, location.href);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:';
  } catch {
    return false;
  }
}

/**
 * The address to frame. The sandbox's call page is served by this same platform, so it is shown from
 * this page's own origin whatever host the service wrote into the URL (localhost, 127.0.0.1,
 * BACKEND_URL): the call page may only be framed by its own origin.
 */
function frameUrl(url) {
  const parsed = new URL(url, location.href);
  return parsed.pathname.startsWith('/sandbox/calls/') ? location.origin + parsed.pathname : parsed.href;
}

function timeNow() {
  return new Date().toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });
}

/** The transcript lines of a verbose conversation, from its transcription_ready event. */
export function transcriptOf(conversation) {
  const events = conversation && Array.isArray(conversation.events) ? conversation.events : [];
  const ready = events.find((event) => event && event.event_type === 'application.transcription_ready');
  const lines = ready && ready.properties && Array.isArray(ready.properties.transcript) ? ready.properties.transcript : [];
  return lines.filter((line) => line && line.role !== 'system' && typeof line.content === 'string');
}

export function createLiveView({ showLiveTab }) {
  const startForm = byId('live-form');
  const controls = {
    persona: byId('live-persona'),
    replica: byId('live-replica'),
    name: byId('live-name'),
    context: byId('live-context'),
    greeting: byId('live-greeting'),
    duration: byId('live-duration'),
  };
  const startSummary = byId('live-summary');
  const startExchange = byId('live-exchange');
  const watchForm = byId('watch-form');
  const watchId = byId('watch-id');
  const watchSummary = byId('watch-summary');
  const call = byId('live-call');
  const callId = byId('live-id');
  const statusEl = byId('live-status');
  const streamNote = byId('live-stream-note');
  const history = byId('live-history');
  const frame = byId('live-frame');
  const frameNote = byId('live-frame-note');
  const endButton = byId('live-end');
  const endExchange = byId('live-end-exchange');
  const transcript = byId('live-transcript');

  let current = null;

  function setStatus(view) {
    const status = view.status;
    statusEl.dataset.status = status;
    statusEl.className = `status-pill status-${status}`;
    const extra = view.has_transcript ? ' · transcript ready' : '';
    statusEl.textContent = (STATUS_TEXT[status] || status) + extra;
  }

  function addHistory(text) {
    history.append(h('li', {}, h('time', { text: timeNow() }), ' ', text));
  }

  async function loadTranscript(watch) {
    if (watch.transcriptShown) return;
    watch.transcriptShown = true;
    replace(transcript, h('p', { text: 'Loading the transcript…' }));
    const exchange = await send({ method: 'GET', path: `/tavus-api-calls/conversations/${encodeURIComponent(watch.id)}/`, query: { verbose: 'true' } });
    if (watch !== current) return;
    const trouble = problem(exchange);
    if (trouble) {
      replace(transcript, h('p', { class: 'field-error', text: `Could not load the transcript. ${trouble}` }));
      watch.transcriptShown = false;
      return;
    }
    const lines = transcriptOf(exchange.response.json);
    if (lines.length === 0) {
      replace(transcript, h('p', { text: 'Tavus has not sent a transcript for this call.' }));
      return;
    }
    replace(transcript, h('ol', { class: 'transcript-lines', id: 'live-transcript-lines' },
      lines.map((line) => h('li', { class: `transcript-${line.role}` },
        h('strong', { text: line.role === 'assistant' ? 'Replica: ' : line.role === 'user' ? 'You: ' : `${line.role}: ` }),
        line.content))));
  }

  function onStatusEvent(watch, event) {
    if (watch !== current || event.type !== 'status') return;
    let view;
    try {
      view = JSON.parse(event.data);
    } catch {
      return;
    }
    const changed = !watch.last || watch.last.status !== view.status || watch.last.has_transcript !== view.has_transcript;
    watch.last = view;
    setStatus(view);
    if (changed) addHistory(view.has_transcript ? `${view.status}, transcript ready` : view.status);
    const over = view.is_completed || view.status === 'deleted';
    if (over) {
      endButton.disabled = true;
      if (frame.contentWindow) frame.contentWindow.postMessage({ type: SANDBOX_ENDED, conversationId: watch.id }, location.origin);
    }
    if (view.has_transcript) loadTranscript(watch);
  }

  async function follow(watch) {
    const url = `/api/v1/tavus/conversations/${encodeURIComponent(watch.id)}/events`;
    let failures = 0;
    while (watch === current && !watch.controller.signal.aborted) {
      try {
        const result = await readEventStream(url, {
          headers: authHeaders(),
          signal: watch.controller.signal,
          onOpen: () => {
            failures = 0;
            streamNote.textContent = 'Live: status changes appear as they happen.';
          },
          onEvent: (event) => onStatusEvent(watch, event),
        });
        if (!result.streamed) {
          const { response } = result;
          let said = '';
          try {
            const body = await response.json();
            said = body && body.error ? `: ${body.error}` : '';
          } catch {
            said = '';
          }
          const why = response.status === 404
            ? 'The platform has no record of this conversation: it only follows conversations created through it.'
            : response.status === 401 ? 'Check the API token at the top of the page.' : '';
          streamNote.textContent = `No live status (${response.status} ${reasonPhrase(response.status, response.statusText)}${said}). ${why}`.trim();
          if (!watch.last) {
            statusEl.className = 'status-pill status-unknown';
            statusEl.dataset.status = 'unknown';
            statusEl.textContent = 'Unknown';
          }
          return;
        }
        const settled = watch.last && (watch.last.status === 'deleted' || watch.last.is_completed);
        if (settled) {
          streamNote.textContent = 'The call is over; live updates have ended.';
          return;
        }
      } catch (error) {
        if (watch.controller.signal.aborted) return;
        failures += 1;
        if (failures > MAX_RETRIES) {
          streamNote.textContent = `Lost the status stream (${error.message}). Press Watch to try again.`;
          return;
        }
        streamNote.textContent = `Connection to the status stream lost; retrying (${failures} of ${MAX_RETRIES})…`;
      }
      await sleep(RETRY_DELAY_MS, watch.controller.signal);
    }
  }

  function embed(url) {
    if (url && isEmbeddable(url)) {
      frame.src = frameUrl(url);
      frame.hidden = false;
      const sandbox = new URL(url, location.href).pathname.startsWith('/sandbox/calls/');
      frameNote.textContent = sandbox
        ? 'Sandbox: this is the platform\'s stand-in call page, not a real video room. End the conversation (here or with "Leave call") and the sandbox sends Tavus\'s callbacks.'
        : 'Allow the camera and microphone when your browser asks, then talk to the replica.';
    } else {
      frame.removeAttribute('src');
      frame.hidden = true;
      frameNote.textContent = 'This conversation has no conversation_url to show.';
    }
  }

  /** Shows conversation {conversation_id, conversation_url?} and follows its status. */
  async function watch(conversation) {
    if (current) current.controller.abort();
    const watchState = { id: conversation.conversation_id, controller: new AbortController(), last: null, transcriptShown: false };
    current = watchState;
    showLiveTab();
    call.hidden = false;
    callId.textContent = watchState.id;
    setStatus({ status: 'connecting' });
    statusEl.dataset.status = 'connecting';
    history.replaceChildren();
    replace(transcript, h('p', { text: 'The transcript appears here once the call is over and Tavus has sent it.' }));
    endExchange.hidden = true;
    endButton.disabled = false;
    streamNote.textContent = '';
    embed(conversation.conversation_url);
    call.scrollIntoView({ block: 'start' });
    byId('live-call-title').focus();
    if (!conversation.conversation_url) {
      const exchange = await send({ method: 'GET', path: `/tavus-api-calls/conversations/${encodeURIComponent(watchState.id)}/` });
      if (watchState !== current) return;
      if (exchange.response && exchange.response.ok && exchange.response.json) embed(exchange.response.json.conversation_url);
      else frameNote.textContent = `Could not read the conversation: ${problem(exchange)}`;
    }
    follow(watchState);
  }

  async function end() {
    if (!current) return;
    const watchState = current;
    endButton.disabled = true;
    const exchange = await send({ method: 'POST', path: `/tavus-api-calls/conversations/${encodeURIComponent(watchState.id)}/end/` });
    const trouble = renderExchange(endExchange, exchange, 'End conversation', { collapsed: true });
    if (trouble && watchState === current) endButton.disabled = false;
  }

  endButton.addEventListener('click', end);

  window.addEventListener('message', (event) => {
    if (event.origin !== location.origin || event.source !== frame.contentWindow) return;
    const data = event.data;
    if (data && data.type === SANDBOX_LEAVE && current && data.conversationId === current.id && !endButton.disabled) end();
  });

  startForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(startForm);
    hideProblems(startSummary);
    const values = Object.fromEntries(Object.entries(controls).map(([key, control]) => [key, control.value.trim()]));
    const problems = [];
    const personaTrouble = idProblem(values.persona, false);
    if (personaTrouble) problems.push({ control: controls.persona, label: 'Persona ID', message: personaTrouble });
    const replicaTrouble = idProblem(values.replica, false);
    if (replicaTrouble) problems.push({ control: controls.replica, label: 'Replica ID', message: replicaTrouble });
    if (!values.persona && !values.replica) {
      problems.push({ control: controls.persona, label: 'Persona ID', message: 'give a persona, a replica, or both' });
    }
    const duration = Number(values.duration);
    if (values.duration !== '' && (!Number.isInteger(duration) || duration < 10 || duration > 3600)) {
      problems.push({ control: controls.duration, label: 'Maximum call duration', message: 'a whole number of seconds, 10 to 3600' });
    }
    if (problems.length > 0) {
      showProblems(startSummary, problems);
      return;
    }
    const body = {};
    if (values.persona) body.persona_id = values.persona;
    if (values.replica) body.replica_id = values.replica;
    if (values.name) body.conversation_name = values.name;
    if (values.context) body.conversational_context = values.context;
    if (values.greeting) body.custom_greeting = values.greeting;
    if (values.duration) body.properties = { max_call_duration: duration };
    const submit = startForm.querySelector('button[type="submit"]');
    submit.disabled = true;
    try {
      const exchange = await send({ method: 'POST', path: '/tavus-api-calls/conversations/', body: JSON.stringify(body, null, 2) });
      const trouble = renderExchange(startExchange, exchange, 'Create conversation');
      if (!trouble && exchange.response.json && exchange.response.json.conversation_id) watch(exchange.response.json);
    } finally {
      submit.disabled = false;
    }
  });

  watchForm.addEventListener('submit', (event) => {
    event.preventDefault();
    clearErrors(watchForm);
    hideProblems(watchSummary);
    const value = watchId.value.trim();
    const trouble = idProblem(value, true);
    if (trouble) {
      showProblems(watchSummary, [{ control: watchId, label: 'Conversation ID', message: trouble }]);
      return;
    }
    watch({ conversation_id: value });
  });

  return {
    watch,
    /** Prefills the start form, e.g. with a persona just built. */
    prefill({ personaId, replicaId }) {
      if (personaId !== undefined) controls.persona.value = personaId;
      if (replicaId !== undefined) controls.replica.value = replicaId;
    },
    focusStart() {
      startForm.querySelector('button[type="submit"]').focus();
    },
  };
}

