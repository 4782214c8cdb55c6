// Unit tests of the demo page's JavaScript modules, run inside the real browser by
// DemoPageBrowserTest (no npm, no Node): executeAsyncScript hands over the token and a callback.
// Each test reports {name, ok, error}; the Java side fails on any failure.
const [token, completedConversationId, done] = arguments;
(async () => {
  const results = [];
  const test = async (name, body) => {
    try {
      await body();
      results.push({ name, ok: true });
    } catch (error) {
      results.push({ name, ok: false, error: String((error && error.message) || error) });
    }
  };
  const same = (actual, expected, what = '') => {
    const a = JSON.stringify(actual);
    const e = JSON.stringify(expected);
    if (a !== e) throw new Error(`${what} expected ${e} but was ${a}`);
  };
  const base = '/tavus-api-calls/demo/';
  const { SseParser, readEventStream } = await import(`${base}sse.js`);
  const { toolProblems, parseJson, idProblem } = await import(`${base}validation.js`);
  const { personaBody } = await import(`${base}persona-builder.js`);
  const { DRAKO_TOOLS } = await import(`${base}operations.js`);
  const { transcriptOf } = await import(`${base}live.js`);
  const { buildUrl, problem, asCurl } = await import(`${base}api.js`);

  const parse = (...chunks) => {
    const events = [];
    const parser = new SseParser((event) => events.push(event));
    chunks.forEach((chunk) => parser.push(chunk));
    parser.end();
    return { events, parser };
  };

  // --- SSE parser ---
  await test('sse: Spring WebFlux framing gives one named event', () => {
    const { events } = parse('event:status\ndata:{"status":"active"}\n\n');
    same(events, [{ type: 'status', data: '{"status":"active"}', lastEventId: '' }]);
  });
  await test('sse: the same events whatever the chunking, one character at a time', () => {
    const text = 'event:status\ndata:{"a":1}\n\nevent:status\r\ndata:{"a":2}\r\n\r\n';
    same(parse(...text.split('')).events, parse(text).events, 'split');
    same(parse(text).events.map((e) => e.data), ['{"a":1}', '{"a":2}']);
  });
  await test('sse: CR, LF and CRLF all end lines, also a CRLF split across chunks', () => {
    same(parse('data:a\r', '\n', '\r\n').events.map((e) => e.data), ['a'], 'split CRLF');
    same(parse('data:a\rdata:b\r\r').events.map((e) => e.data), ['a\nb'], 'CR only');
    same(parse('data:x\r', '\r').events.map((e) => e.data), ['x'], 'CR then CR is a blank line');
  });
  await test('sse: data lines are joined with newlines and one leading space is dropped', () => {
    same(parse('data: first\ndata:  second\n\n').events[0].data, 'first\n second');
  });
  await test('sse: comments, unknown fields and events without data are ignored', () => {
    const { events } = parse(': keep-alive\nevent:ping\n\nfoo:bar\ndata:x\n\n');
    same(events, [{ type: 'message', data: 'x', lastEventId: '' }]);
  });
  await test('sse: id and retry are remembered', () => {
    const { events, parser } = parse('id:7\nretry:1500\ndata:x\n\n');
    same(events[0].lastEventId, '7');
    same(parser.retry, 1500);
  });
  await test('sse: a field without a colon is a field with an empty value', () => {
    same(parse('data\n\n').events, [{ type: 'message', data: '', lastEventId: '' }]);
  });
  await test('sse: an event not closed by a blank line is dropped at the end', () => {
    same(parse('data:complete\n\ndata:cut off').events.map((e) => e.data), ['complete']);
  });
  await test('sse: a byte order mark at the start is skipped', () => {
    same(parse('\uFEFFdata:x\n\n').events[0].data, 'x');
  });
  await test('sse: readEventStream reads the platform stream of a finished conversation and ends', async () => {
    const events = [];
    const result = await readEventStream(`/api/v1/tavus/conversations/${completedConversationId}/events`, {
      headers: { 'X-API-TOKEN': token },
      onEvent: (event) => events.push(event),
    });
    same(result.streamed, true, 'streamed');
    same(events.length > 0, true, 'got events');
    same(events.every((e) => e.type === 'status'), true, 'all status events');
    same(JSON.parse(events[events.length - 1].data).status, 'completed', 'last status');
  });
  await test('sse: readEventStream hands back a JSON error instead of a stream', async () => {
    const result = await readEventStream('/api/v1/tavus/conversations/cunknown0000/events', {
      headers: { 'X-API-TOKEN': token },
      onEvent: () => { throw new Error('no event expected'); },
    });
    same([result.streamed, result.response.status], [false, 404]);
    same(typeof (await result.response.json()).error, 'string', 'error body');
  });

  // --- validation ---
  await test('tools: the seed 004 sample is valid', () => same(toolProblems(DRAKO_TOOLS), []));
  await test('tools: each mistake is named with its path, in the platform words', () => {
    same(toolProblems({}), ['tools: must be a JSON array of function tools']);
    same(toolProblems([{ type: 'function', function: { name: 'add event' } }]),
      ["tools[0].function.name: must be 1-64 letters, digits, '_' or '-'"]);
    same(toolProblems([{ type: 'tool', function: { name: 'a', parameters: { type: 'array' } } }]),
      ['tools[0].type: must be "function"',
        'tools[0].function.parameters.type: must be "object" (parameters is a JSON-Schema object)']);
    same(toolProblems([{ type: 'function', function: { name: 'a', parameters: { type: 'object', properties: { x: {} }, required: ['y'] } } }]),
      ['tools[0].function.parameters.required: "y" is not one of the properties']);
    same(toolProblems([{ type: 'function', function: { name: 'a' } }, { type: 'function', function: { name: 'a' } }]),
      ['tools: the name "a" is used twice']);
    same(toolProblems(['x']), ['tools[0]: must be an object like {"type": "function", "function": {...}}']);
  });
  await test('json: blank is no value, broken JSON says so', () => {
    same(parseJson('  '), { value: undefined });
    same(parseJson('[1]'), { value: [1] });
    same(parseJson('[1').error.startsWith('not valid JSON'), true);
  });
  await test('ids: letters, digits, dash and underscore only', () => {
    same([idProblem('c123456', true), idProblem('', true), idProblem('', false), idProblem('../x', false) !== null],
      [null, 'required', null, true]);
  });

  // --- request building and display ---
  await test('persona body: empty parts are left out, tools go under layers.llm', () => {
    same(personaBody({ systemPrompt: 'Hi', ttsEngine: '', emotion: true, tools: [] }),
      { pipeline_mode: 'full', system_prompt: 'Hi' });
    same(personaBody({ name: 'N', systemPrompt: 'S', model: 'tavus-llama', ttsEngine: 'cartesia', emotion: true, tools: DRAKO_TOOLS }).layers,
      { llm: { model: 'tavus-llama', tools: DRAKO_TOOLS }, tts: { tts_engine: 'cartesia', tts_emotion_control: true } });
  });
  await test('transcript: taken from the transcription_ready event, without the system prompt', () => {
    const conversation = { events: [{ event_type: 'system.shutdown', properties: {} },
      { event_type: 'application.transcription_ready', properties: { transcript: [
        { role: 'system', content: 'secret prompt' }, { role: 'assistant', content: 'Hi' }, { role: 'user', content: 'Hello' }] } }] };
    same(transcriptOf(conversation).map((line) => line.role), ['assistant', 'user']);
    same(transcriptOf({}), []);
  });
  await test('urls: empty query values are left out and values are encoded', () => {
    same(buildUrl('/x/', { limit: 5, status: '', tags: 'a,b c' }), '/x/?limit=5&tags=a%2Cb+c');
    same(buildUrl('/x/', {}), '/x/');
  });
  await test('problems: one sentence with the status, the platform message and a hint', () => {
    const error = (status, json, headers = {}) => ({ response: { status, statusText: '', json, headers } });
    same(problem(error(200, {})), null);
    same(problem(error(400, { error: 'train_video_url: must not be blank' })), '400: train_video_url: must not be blank');
    same(problem({ response: { status: 400, statusText: 'Bad Request', json: { error: 'x: y' }, headers: {} } }), '400 Bad Request: x: y');
    same(problem({ response: { status: 401, statusText: 'Unauthorized', json: { error: 'Missing or invalid X-API-TOKEN header' }, headers: {} } }),
      '401 Unauthorized: Missing or invalid X-API-TOKEN header. Check the API token at the top of the page.');
    same(problem({ response: { status: 429, statusText: 'Too Many Requests', json: {}, headers: { 'retry-after': '30' } } }),
      '429 Too Many Requests. Try again in 30 s.');
    same(problem({ networkError: 'Failed to fetch' }).startsWith('Could not reach the platform'), true);
  });
  await test('curl: the token is a placeholder and quotes survive', () => {
    const curl = asCurl({ method: 'POST', url: '/x/', headers: { 'X-API-TOKEN': 'hidden', 'Content-Type': 'application/json' }, body: '{"a":"it\'s"}' });
    same(curl.includes("-H 'X-API-TOKEN: $TOKEN'"), true, 'token placeholder');
    same(curl.includes('hidden'), false, 'no token');
    same(curl.includes(`-d '{"a":"it'\\''s"}'`), true, 'quoted body');
  });

  done(results);
})().catch((error) => done([{ name: 'loading the modules', ok: false, error: String(error) }]));
