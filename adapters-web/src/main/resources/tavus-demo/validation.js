// Checks made in the browser before anything is sent. They mirror the platform's own rules and
// words (the platform checks again; its 400s are shown as they come).

/** Ids of Tavus resources in paths: letters, digits, "-" and "_" (the platform's ResourceIds rule). */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
const TOOL_NAME = /^[a-zA-Z0-9_-]{1,64}$/;

/** {value} for JSON text, or {error} saying where it breaks. Blank text is {value: undefined}. */
export function parseJson(text) {
  if (text.trim() === '') return { value: undefined };
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    return { error: `not valid JSON (${error.message})` };
  }
}

function isObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * The problems of a layers.llm.tools value, each as "path: message" in the platform's wording;
 * an empty list when the tools are fine.
 */
export function toolProblems(tools) {
  if (!Array.isArray(tools)) return ['tools: must be a JSON array of function tools'];
  const problems = [];
  tools.forEach((tool, index) => {
    const at = `tools[${index}]`;
    if (!isObject(tool)) {
      problems.push(`${at}: must be an object like {"type": "function", "function": {...}}`);
      return;
    }
    if (tool.type !== 'function') problems.push(`${at}.type: must be "function"`);
    const fn = tool.function;
    if (!isObject(fn)) {
      problems.push(`${at}.function: must be an object with a name`);
      return;
    }
    if (typeof fn.name !== 'string' || !TOOL_NAME.test(fn.name)) {
      problems.push(`${at}.function.name: must be 1-64 letters, digits, '_' or '-'`);
    }
    if (fn.description !== undefined && typeof fn.description !== 'string') {
      problems.push(`${at}.function.description: must be text`);
    }
    const params = fn.parameters;
    if (params === undefined) return;
    if (!isObject(params)) {
      problems.push(`${at}.function.parameters: must be a JSON-Schema object`);
      return;
    }
    if (params.type !== 'object') {
      problems.push(`${at}.function.parameters.type: must be "object" (parameters is a JSON-Schema object)`);
    }
    if (params.properties !== undefined && !isObject(params.properties)) {
      problems.push(`${at}.function.parameters.properties: must be an object`);
    }
    if (params.required !== undefined) {
      if (!Array.isArray(params.required) || !params.required.every((name) => typeof name === 'string')) {
        problems.push(`${at}.function.parameters.required: must be a list of argument names`);
      } else if (isObject(params.properties)) {
        params.required.filter((name) => !(name in params.properties)).forEach((name) =>
          problems.push(`${at}.function.parameters.required: "${name}" is not one of the properties`));
      }
    }
  });
  const names = tools.filter(isObject).map((tool) => tool.function && tool.function.name).filter(Boolean);
  const repeated = names.filter((name, i) => names.indexOf(name) !== i);
  if (repeated.length > 0) problems.push(`tools: the name "${repeated[0]}" is used twice`);
  return problems;
}

/** The problem with an id typed into a form, or null. */
export function idProblem(value, required) {
  if (value === '') return required ? 'required' : null;
  return ID_PATTERN.test(value) ? null : 'only letters, digits, "-" and "_" (1-64)';
}
