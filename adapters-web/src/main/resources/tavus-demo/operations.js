// Every route of the platform, as data: one form per operation is generated from this list.
// Paths, parameters and samples follow docs/api.md; the samples work against the sandbox.

export const DRAKO_TOOLS = [
  {
    type: 'function',
    function: {
      name: 'add_schedule_event',
      description: "Add a new event to the user's schedule",
      parameters: {
        type: 'object',
        properties: {
          title: { type: 'string' },
          start_time: { type: 'string' },
          end_time: { type: 'string' },
        },
        required: ['title', 'start_time'],
      },
    },
  },
];

/** Seed 004's persona, with its add_schedule_event tool. */
export const DRAKO_PERSONA = {
  persona_name: 'DRAKO',
  pipeline_mode: 'full',
  system_prompt: 'You are DRAKO, a friendly and efficient voice AI scheduling assistant...',
  context: 'You help users manage their daily schedule through conversation...',
  default_replica_id: 're8e740a42',
  layers: {
    llm: { model: 'tavus-llama', tools: DRAKO_TOOLS },
    tts: { tts_engine: 'cartesia', tts_emotion_control: true },
  },
};

const id = (name, label, placeholder) => ({ name, label, placeholder, kind: 'id' });
const limit = { name: 'limit', label: 'limit', type: 'number', min: 1, max: 100, hint: '1 to 100' };
const pageFrom1 = { name: 'page', label: 'page', type: 'number', min: 1, hint: 'from 1' };
const verbose = { name: 'verbose', label: 'verbose', type: 'checkbox' };
const hard = { name: 'hard', label: 'hard (also remove assets, for good)', type: 'checkbox' };

const C = '/tavus-api-calls/conversations';
const R = '/tavus-api-calls/replicas';
const P = '/tavus-api-calls/personas';
const D = '/tavus-api-calls/documents';
const G = '/tavus-api-calls/guardrails';
const O = '/tavus-api-calls/objectives';
const ONBOARDING = '/api/v1/tavus';

function jsonPatchOps(resource, base, idParam, sample) {
  return [
    { key: 'create', title: `Create ${resource}`, method: 'POST', path: `${base}/`, body: { sample: sample.create } },
    { key: 'list', title: `List ${resource}`, method: 'GET', path: `${base}/list/`, query: [limit, pageFrom1] },
    { key: 'get', title: `Get ${resource}`, method: 'GET', path: `${base}/{${idParam.name}}/`, params: [idParam] },
    {
      key: 'patch', title: `Patch ${resource} (JSON Patch)`, method: 'PATCH', path: `${base}/{${idParam.name}}/patch/`,
      params: [idParam], body: { sample: sample.patch, shape: 'array' },
      description: 'An RFC 6902 JSON Patch: a list of operations (add, remove, replace, move, copy, test).',
    },
    { key: 'delete', title: `Delete ${resource}`, method: 'DELETE', path: `${base}/{${idParam.name}}/delete/`, params: [idParam] },
  ];
}

export const RESOURCES = [
  {
    key: 'conversations',
    title: 'Conversations',
    description: 'Live video rooms where a replica, driven by a persona, talks with people. Creating one opens the room at once.',
    operations: [
      {
        key: 'create', title: 'Create a conversation', method: 'POST', path: `${C}/`, watch: true,
        description: 'Every Tavus create field; unknown fields are passed through. Without a callback_url the platform follows the call itself.',
        body: {
          sample: {
            replica_id: 're8e740a42',
            persona_id: 'p24293d6',
            conversation_name: 'A Meeting with Hassaan',
            conversational_context: 'You are about to talk to Hassaan, one of the cofounders of Tavus.',
            custom_greeting: 'Hey there Hassaan, long time no see!',
            properties: { max_call_duration: 3600, enable_recording: true, enable_closed_captions: true },
          },
        },
      },
      {
        key: 'list', title: 'List conversations', method: 'GET', path: `${C}/list/`,
        query: [limit, pageFrom1, { name: 'status', label: 'status', type: 'select', options: ['active', 'ended'] }],
      },
      {
        key: 'get', title: 'Get a conversation', method: 'GET', path: `${C}/{conversation_id}/`,
        params: [id('conversation_id', 'Conversation ID', 'c123456')], query: [verbose],
        description: 'verbose=true adds the events: transcript, shutdown reason.',
      },
      { key: 'end', title: 'End a conversation', method: 'POST', path: `${C}/{conversation_id}/end/`, params: [id('conversation_id', 'Conversation ID', 'c123456')] },
      {
        key: 'delete', title: 'Delete a conversation', method: 'DELETE', path: `${C}/{conversation_id}/delete/`,
        params: [id('conversation_id', 'Conversation ID', 'c123456')], query: [hard],
      },
    ],
  },
  {
    key: 'replicas',
    title: 'Replicas',
    description: 'AI video likenesses of people, trained from a video. The sandbox trains one in 30 seconds.',
    operations: [
      {
        key: 'create', title: 'Create a replica', method: 'POST', path: `${R}/`,
        body: { sample: { train_video_url: 'https://my-bucket.s3.amazonaws.com/training.mp4', replica_name: 'Rio', model_name: 'phoenix-4', properties: { gaze_correction: true } } },
      },
      {
        key: 'list', title: 'List replicas', method: 'GET', path: `${R}/list/`,
        query: [limit, pageFrom1, verbose,
          { name: 'replica_type', label: 'replica_type', type: 'select', options: ['user', 'system'] },
          { name: 'replica_ids', label: 'replica_ids', type: 'text', hint: 'comma-separated ids' }],
      },
      { key: 'get', title: 'Get a replica', method: 'GET', path: `${R}/{replica_id}/`, params: [id('replica_id', 'Replica ID', 're8e740a42')], query: [verbose] },
      {
        key: 'rename', title: 'Rename a replica', method: 'PATCH', path: `${R}/{replica_id}/rename/`,
        params: [id('replica_id', 'Replica ID', 'r79e1c033f')], body: { sample: { replica_name: 'Rio de Janeiro' } },
      },
      { key: 'delete', title: 'Delete a replica', method: 'DELETE', path: `${R}/{replica_id}/delete/`, params: [id('replica_id', 'Replica ID', 'r0123456789')], query: [hard] },
    ],
  },
  {
    key: 'personas',
    title: 'Personas',
    description: 'How a replica behaves: system prompt, context, and the LLM, TTS, STT and perception layers. The persona builder makes one step by step.',
    operations: jsonPatchOps('a persona', P, id('persona_id', 'Persona ID', 'p5317866'), {
      create: DRAKO_PERSONA,
      patch: [{ op: 'replace', path: '/context', value: 'Updated context...' }],
    }).map((op) => (op.key === 'list'
      ? { ...op, query: [...op.query, { name: 'persona_type', label: 'persona_type', type: 'select', options: ['user', 'system'] }] }
      : op)),
  },
  {
    key: 'documents',
    title: 'Documents',
    description: 'The knowledge base personas and conversations search. In the sandbox a document is ready 20 seconds after creation. List pages count from 0.',
    operations: [
      {
        key: 'create', title: 'Create a document', method: 'POST', path: `${D}/`,
        body: { sample: { document_url: 'https://docs.example.com/', document_name: 'Example docs', tags: ['docs', 'onboarding'], crawl: { depth: 2, max_pages: 5 } } },
      },
      {
        key: 'list', title: 'List documents', method: 'GET', path: `${D}/list/`,
        query: [limit, { name: 'page', label: 'page', type: 'number', min: 0, hint: 'from 0' },
          { name: 'sort', label: 'sort', type: 'select', options: ['ascending', 'descending'] },
          { name: 'status', label: 'status', type: 'text', hint: 'e.g. ready' },
          { name: 'name_or_uuid', label: 'name_or_uuid', type: 'text' },
          { name: 'tags', label: 'tags', type: 'text', hint: 'comma-separated, any of them' }],
      },
      { key: 'get', title: 'Get a document', method: 'GET', path: `${D}/{document_id}/`, params: [id('document_id', 'Document ID', 'd8-5c71baca86fc')] },
      {
        key: 'update', title: 'Update a document', method: 'PATCH', path: `${D}/{document_id}/update/`,
        params: [id('document_id', 'Document ID', 'd8-5c71baca86fc')], body: { sample: { document_name: 'Example docs v2', tags: ['docs'] } },
      },
      { key: 'delete', title: 'Delete a document', method: 'DELETE', path: `${D}/{document_id}/delete/`, params: [id('document_id', 'Document ID', 'd8-5c71baca86fc')] },
      {
        key: 'recrawl', title: 'Recrawl a document', method: 'POST', path: `${D}/{document_id}/recrawl/`,
        params: [id('document_id', 'Document ID', 'd8-5c71baca86fc')], body: { sample: { crawl: { depth: 3, max_pages: 10 } }, optional: true },
        description: 'Optional crawl settings for this run only. Answers 202.',
      },
    ],
  },
  {
    key: 'guardrails',
    title: 'Guardrails',
    description: 'Sets of rules a persona must keep to, created together under one id.',
    operations: jsonPatchOps('guardrails', G, id('guardrails_id', 'Guardrails ID', 'g12345'), {
      create: {
        name: 'Healthcare compliance',
        data: [{ guardrail_name: 'healthcare_compliance_guardrail', guardrail_prompt: 'Never give a diagnosis or recommend medication.', modality: 'verbal' }],
      },
      patch: [{ op: 'replace', path: '/data/0/guardrail_prompt', value: 'Never discuss medication.' }],
    }),
  },
  {
    key: 'objectives',
    title: 'Objectives',
    description: 'Sets of goals a persona works through in a conversation.',
    operations: jsonPatchOps('objectives', O, id('objectives_id', 'Objectives ID', 'o12345'), {
      create: {
        data: [
          { objective_name: 'ask_if_new_patient', objective_prompt: 'Ask whether this is their first visit.', output_variables: ['patient_status'], next_conditional_objectives: { get_patient_name: 'the patient is new' } },
          { objective_name: 'get_patient_name', objective_prompt: 'Ask for their full name.' },
        ],
      },
      patch: [{ op: 'replace', path: '/data/0/confirmation_mode', value: 'manual' }],
    }),
  },
  {
    key: 'onboarding',
    title: 'Onboarding',
    description: 'Video onboarding (seed 000): register a person and open a call with the configured persona, which greets them by name.',
    operations: [
      {
        key: 'create', title: 'Start an onboarding call', method: 'POST', path: `${ONBOARDING}/create-conversation`, watch: true,
        body: { sample: { email: 'user@example.com', first_name: 'John', last_name: 'Doe', conversation_name: 'Onboarding Call' } },
      },
      {
        key: 'status', title: 'Status of a call', method: 'GET', path: `${ONBOARDING}/conversation-status/{conversation_id}`,
        params: [id('conversation_id', 'Conversation ID', 'c123456')],
        description: "The platform's record of a call it created, kept up to date by Tavus's callbacks.",
      },
      {
        key: 'events', title: 'Watch a call live (status stream)', stream: true, method: 'GET', path: `${ONBOARDING}/conversations/{conversation_id}/events`,
        params: [id('conversation_id', 'Conversation ID', 'c123456')],
        description: 'Server-Sent Events: the status now, then every change, until the call is over. Opens in the Live conversation tab.',
      },
    ],
  },
];
