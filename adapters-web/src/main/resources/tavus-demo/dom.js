// Tiny DOM helpers. Text always goes in as text nodes (never parsed as markup), so API answers cannot
// inject markup into the page.

/**
 * Creates an element. attrs: "class", "text" (textContent), "on<event>" (listener), properties
 * given as non-string values (e.g. {checked: true}), anything else as an attribute (true = present).
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') el.className = value;
    else if (key === 'text') el.textContent = value;
    else if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (value === true) el.setAttribute(key, '');
    else if (typeof value === 'string' || typeof value === 'number') el.setAttribute(key, String(value));
    else el[key] = value;
  }
  for (const child of children.flat()) {
    if (child !== undefined && child !== null && child !== false) el.append(child);
  }
  return el;
}

/** Replaces all children of el. */
export function replace(el, ...children) {
  el.replaceChildren(...children.flat().filter((c) => c !== undefined && c !== null && c !== false));
}

/** document.getElementById that fails loudly: a missing element is a bug in index.html. */
export function byId(id) {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} is missing from the page`);
  return el;
}

/** Pretty JSON for display. */
export function pretty(value) {
  return JSON.stringify(value, null, 2);
}
