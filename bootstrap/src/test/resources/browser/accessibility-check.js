// Accessibility checks run on the demo page by DemoPageBrowserTest: every form control has a
// label, every button and tab a name, images a text alternative, ids are unique, and visible text
// has WCAG AA contrast (4.5:1; 3:1 for large or bold large text). Returns a list of problems.
const problems = [];
const describe = (el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ').join('.')}` : ''}`;

for (const control of document.querySelectorAll('input, select, textarea')) {
  if (control.type === 'hidden') continue;
  const labelled = control.labels.length > 0 || control.getAttribute('aria-label') || control.getAttribute('aria-labelledby');
  if (!labelled) problems.push(`no label: ${describe(control)}`);
}
for (const button of document.querySelectorAll('button, [role="tab"], a[href]')) {
  if (!(button.textContent.trim() || button.getAttribute('aria-label'))) problems.push(`no accessible name: ${describe(button)}`);
}
for (const img of document.querySelectorAll('img, [role="img"], iframe')) {
  if (!(img.getAttribute('alt') || img.getAttribute('aria-label') || img.getAttribute('title'))) problems.push(`no text alternative: ${describe(img)}`);
}
const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
ids.filter((id, i) => ids.indexOf(id) !== i).forEach((id) => problems.push(`duplicate id: ${id}`));
for (const el of document.querySelectorAll('[aria-describedby], [aria-controls], [aria-labelledby]')) {
  for (const attr of ['aria-describedby', 'aria-controls', 'aria-labelledby']) {
    for (const ref of (el.getAttribute(attr) || '').split(/\s+/).filter(Boolean)) {
      if (!document.getElementById(ref)) problems.push(`${attr} of ${describe(el)} names missing #${ref}`);
    }
  }
}

const rgba = (text) => {
  const m = text.match(/rgba?\(([^)]+)\)/);
  if (!m) return [0, 0, 0, 0];
  const parts = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
  return [parts[0], parts[1], parts[2], parts.length > 3 ? parts[3] : 1];
};
const luminance = ([r, g, b]) => {
  const channel = (c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
};
const backgroundOf = (el) => {
  for (let node = el; node && node.nodeType === 1; node = node.parentElement) {
    const color = rgba(getComputedStyle(node).backgroundColor);
    if (color[3] > 0.5) return color;
  }
  return [255, 255, 255, 1];
};
const visible = (el) => {
  const box = el.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
};
for (const el of document.querySelectorAll('body *')) {
  const ownText = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
  if (!ownText || !visible(el)) continue;
  const style = getComputedStyle(el);
  const fg = rgba(style.color);
  const bg = backgroundOf(el);
  const [light, dark] = [luminance(fg), luminance(bg)].sort((a, b) => b - a);
  const ratio = (light + 0.05) / (dark + 0.05);
  const size = parseFloat(style.fontSize);
  const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
  const needed = large ? 3 : 4.5;
  if (el.matches('button:disabled, button:disabled *')) continue; // WCAG exempts inactive controls
  if (ratio < needed) problems.push(`contrast ${ratio.toFixed(2)} < ${needed}: ${describe(el)} "${el.textContent.trim().slice(0, 40)}"`);
}
return problems;
