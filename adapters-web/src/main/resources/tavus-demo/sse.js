// Server-Sent Events over fetch(). EventSource cannot send the X-API-TOKEN header, so the demo
// reads the stream with fetch() and parses it here, following the WHATWG "event stream
// interpretation" rules: lines end with CRLF, LF or CR (also when split across chunks), a blank
// line dispatches, ":" starts a comment, one space after the colon is dropped, several data lines
// are joined with "\n", an event without data is not dispatched, and an unfinished event at the
// end of the stream is discarded.

export class SseParser {
  /** @param {(event: {type: string, data: string, lastEventId: string}) => void} onEvent */
  constructor(onEvent) {
    this.onEvent = onEvent;
    this.buffer = '';
    this.dataLines = [];
    this.eventType = '';
    this.lastEventId = '';
    this.retry = undefined;
    this.sawFirstText = false;
    this.pendingCarriageReturn = false;
  }

  /** Feeds decoded text, in whatever pieces the network delivered it. */
  push(text) {
    if (text.length === 0) return;
    let chunk = text;
    if (!this.sawFirstText) {
      this.sawFirstText = true;
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    }
    if (this.pendingCarriageReturn && chunk.startsWith('\n')) chunk = chunk.slice(1);
    this.pendingCarriageReturn = false;
    this.buffer += chunk;
    let lineStart = 0;
    for (let i = 0; i < this.buffer.length; i++) {
      const c = this.buffer[i];
      if (c !== '\n' && c !== '\r') continue;
      const line = this.buffer.slice(lineStart, i);
      if (c === '\r') {
        if (i + 1 < this.buffer.length) {
          if (this.buffer[i + 1] === '\n') i++;
        } else {
          this.pendingCarriageReturn = true; // a "\n" may start the next chunk
        }
      }
      lineStart = i + 1;
      this.line(line);
    }
    this.buffer = this.buffer.slice(lineStart);
  }

  /** The stream ended: an event not yet closed by a blank line is dropped. */
  end() {
    this.buffer = '';
    this.dataLines = [];
    this.eventType = '';
  }

  line(line) {
    if (line === '') {
      this.dispatch();
      return;
    }
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    switch (field) {
      case 'event':
        this.eventType = value;
        break;
      case 'data':
        this.dataLines.push(value);
        break;
      case 'id':
        if (!value.includes('\0')) this.lastEventId = value;
        break;
      case 'retry':
        if (/^\d+$/.test(value)) this.retry = Number(value);
        break;
      default: // unknown fields are ignored
    }
  }

  dispatch() {
    if (this.dataLines.length === 0) {
      this.eventType = '';
      return;
    }
    const event = { type: this.eventType || 'message', data: this.dataLines.join('\n'), lastEventId: this.lastEventId };
    this.dataLines = [];
    this.eventType = '';
    this.onEvent(event);
  }
}

/**
 * GETs url as an event stream and calls onEvent for each event until the server ends the stream
 * or signal aborts it (then the returned promise rejects with an AbortError).
 * Resolves to {response, streamed}: streamed is false when the answer was not a 2xx event stream,
 * in which case the caller may still read response (e.g. a JSON error).
 */
export async function readEventStream(url, { headers = {}, signal, onEvent, onOpen } = {}) {
  const response = await fetch(url, {
    headers: { Accept: 'text/event-stream', ...headers },
    signal,
    cache: 'no-store',
  });
  const type = response.headers.get('Content-Type') || '';
  if (!response.ok || !response.body || !type.startsWith('text/event-stream')) {
    return { response, streamed: false };
  }
  if (onOpen) onOpen(response);
  const parser = new SseParser(onEvent);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      parser.push(value);
    }
  } finally {
    parser.end();
  }
  return { response, streamed: true };
}
