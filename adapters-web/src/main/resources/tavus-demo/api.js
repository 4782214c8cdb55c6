// Calls the platform with the token from this tab's session storage, and describes each exchange
// (the exact request sent, the response) for display.

const TOKEN_KEY = 'tavusDemo.apiToken';
const SHOWN_TOKEN = '•••••••• (your token)';
const REASONS = {
  200: 'OK', 201: 'Created', 202: 'Accepted', 204: 'No Content', 301: 'Moved Permanently', 304: 'Not Modified',
  308: 'Permanent Redirect', 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found',
  405: 'Method Not Allowed', 406: 'Not Acceptable', 409: 'Conflict', 413: 'Content Too Large',
  415: 'Unsupported Media Type', 422: 'Unprocessable Content', 429: 'Too Many Requests',
  500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout',
};
/** The response headers worth showing; the others are transport details. */
const SHOWN_HEADERS = ['content-type', 'x-tavus-mode', 'retry-after', 'location', 'content-length'];

const modeListeners = new Set();

export const tokens = {
  get() {
    try {
      return sessionStorage.getItem(TOKEN_KEY) || '';
    } catch {
      return '';
    }
  },
  set(token) {
    sessionStorage.setItem(TOKEN_KEY, token);
  },
  clear() {
    sessionStorage.removeItem(TOKEN_KEY);
  },
};

/** Called with "sandbox" or "live" whenever a response says which mode answered. */
export function onMode(listener) {
  modeListeners.add(listener);
}

function noteMode(headers) {
  const mode = headers.get('X-Tavus-Mode');
  if (mode) modeListeners.forEach((listener) => listener(mode));
}

export function reasonPhrase(status, statusText) {
  return statusText || REASONS[status] || '';
}

/** path plus the query parameters that have a value, encoded. */
export function buildUrl(path, query = {}) {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.append(name, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

/** The headers every call sends (the real token, for fetch). */
export function authHeaders() {
  const token = tokens.get();
  return token ? { 'X-API-TOKEN': token } : {};
}

/**
 * Sends one request and describes it. body: a string sent as is (JSON text), or undefined.
 * Never throws: a network failure is reported as exchange.networkError.
 */
export async function send({ method, path, query, body, contentType = 'application/json' }) {
  const url = buildUrl(path, query);
  const headers = { Accept: 'application/json', ...authHeaders() };
  if (body !== undefined) headers['Content-Type'] = contentType;
  const shownHeaders = { ...headers };
  if (shownHeaders['X-API-TOKEN']) shownHeaders['X-API-TOKEN'] = SHOWN_TOKEN;
  const exchange = { request: { method, url, headers: shownHeaders, body } };
  const started = performance.now();
  try {
    const response = await fetch(url, { method, headers, body, cache: 'no-store', redirect: 'follow' });
    const text = await response.text();
    exchange.milliseconds = Math.round(performance.now() - started);
    noteMode(response.headers);
    let json;
    if (text && (response.headers.get('Content-Type') || '').includes('json')) {
      try {
        json = JSON.parse(text);
      } catch {
        json = undefined;
      }
    }
    const shown = {};
    for (const name of SHOWN_HEADERS) {
      const value = response.headers.get(name);
      if (value !== null) shown[name] = value;
    }
    exchange.response = {
      status: response.status,
      statusText: reasonPhrase(response.status, response.statusText),
      ok: response.ok,
      headers: shown,
      text,
      json,
    };
  } catch (error) {
    exchange.milliseconds = Math.round(performance.now() - started);
    exchange.networkError = error && error.message ? error.message : String(error);
  }
  return exchange;
}

/**
 * What went wrong, in one sentence a person can act on; null when the exchange succeeded.
 */
export function problem(exchange) {
  if (exchange.networkError) {
    return `Could not reach the platform (${exchange.networkError}). Is the service running?`;
  }
  const { status, statusText, json, headers } = exchange.response;
  if (status < 400) return null;
  const said = json && typeof json.error === 'string' ? json.error : '';
  const hints = {
    401: 'Check the API token at the top of the page.',
    403: 'This token may not do that (it lacks the scope).',
    404: 'Check the id.',
    429: headers['retry-after'] ? `Try again in ${headers['retry-after']} s.` : 'Try again later.',
    502: 'Tavus answered with something unexpected.',
    503: 'Tavus (or a configuration it needs) is unavailable right now.',
    504: 'Tavus did not answer in time.',
  };
  const parts = [`${status} ${statusText}`.trim() + (said ? `: ${said}` : '')];
  if (hints[status]) parts.push(hints[status]);
  return parts.join('. ').replace('.. ', '. ');
}

/** The request as a curl command, with $TOKEN in place of the token. */
export function asCurl(request) {
  const quote = (text) => `'${String(text).replaceAll("'", "'\\''")}'`;
  const parts = [`curl -X ${request.method} ${quote(new URL(request.url, location.href).href)}`];
  for (const [name, value] of Object.entries(request.headers)) {
    parts.push(`-H ${quote(`${name}: ${name === 'X-API-TOKEN' ? '$TOKEN' : value}`)}`);
  }
  if (request.body !== undefined) parts.push(`-d ${quote(request.body)}`);
  return parts.join(' \\\n  ');
}
