/**
 * Chromium checks the page's Content-Security-Policy as soon as its HTML parser meets an inline event
 * handler or a `<base href>`, in any document of the page, inert ones included (DOMParser, `<template>`,
 * even the Sanitizer API): every `onclick` of a web page pasted into the editor was reported as a
 * violation before the sanitiser ever saw it. Nothing ran, but a policy report that fires on every
 * paste hides the one that matters. So untrusted HTML first loses those attributes here, in text,
 * before any parser sees it. Security still rests on the sanitiser that follows: this pass only has to
 * agree with the browser's tokenizer on where tags are, which it does for the HTML, SVG and MathML a
 * paste can hold (raw-text elements, comments, CDATA, foreign content and its integration points).
 */

const SPACE = /[\t\n\f\r ]/;
const ALPHA = /[a-z]/i;
/** Start tags whose content the tokenizer reads as text up to the matching end tag (DOMParser: scripting off). */
const RAW_TEXT = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'textarea', 'title']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Start tags that end SVG or MathML content and are read as HTML again. */
const BREAKOUT = new Set([
  'b', 'big', 'blockquote', 'body', 'br', 'center', 'code', 'dd', 'div', 'dl', 'dt', 'em', 'embed', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'head', 'hr', 'i', 'img', 'li', 'listing', 'menu', 'meta', 'nobr', 'ol', 'p', 'pre', 'ruby', 's', 'small', 'span', 'strong', 'strike',
  'sub', 'sup', 'table', 'tt', 'u', 'ul', 'var',
]);
const MATHML_TEXT_POINTS = new Set(['mi', 'mo', 'mn', 'ms', 'mtext']);

type Frame = { ns: 'html' | 'svg' | 'math'; name: string; htmlPoint: boolean };
type Attr = { name: string; start: number; end: number; value: string };
type Tag = { name: string; end: boolean; selfClosing: boolean; attrs: Attr[]; close: number };

/** Reads a tag from `<` at `at`; null when the input ends inside it (the browser then drops it). */
function readTag(html: string, at: number): Tag | null {
  const end = html[at + 1] === '/';
  let i = at + (end ? 2 : 1);
  const nameStart = i;
  while (i < html.length && !SPACE.test(html[i]) && html[i] !== '/' && html[i] !== '>') i++;
  const tag: Tag = { name: html.slice(nameStart, i).toLowerCase(), end, selfClosing: false, attrs: [], close: -1 };
  while (i < html.length) {
    const c = html[i];
    if (SPACE.test(c)) {
      i++;
      continue;
    }
    if (c === '>') {
      tag.close = i;
      return tag;
    }
    if (c === '/') {
      i++;
      if (html[i] === '>') {
        tag.selfClosing = true;
        tag.close = i;
        return tag;
      }
      continue;
    }
    // An attribute name: its first character may be `=`; it ends at a space, `/`, `>` or `=`.
    const start = i;
    i++;
    while (i < html.length && !SPACE.test(html[i]) && !'/>='.includes(html[i])) i++;
    const name = html.slice(start, i).toLowerCase();
    let j = i;
    while (j < html.length && SPACE.test(html[j])) j++;
    let value = '';
    if (html[j] === '=') {
      j++;
      while (j < html.length && SPACE.test(html[j])) j++;
      const quote = html[j];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, j + 1);
        if (close < 0) return null;
        value = html.slice(j + 1, close);
        i = close + 1;
      } else if (quote !== '>') {
        const valueStart = j;
        while (j < html.length && !SPACE.test(html[j]) && html[j] !== '>') j++;
        value = html.slice(valueStart, j);
        i = j;
      } else {
        i = j;
      }
    }
    tag.attrs.push({ name, start, end: i, value });
  }
  return null;
}

/** Where the markup construct that starts at `<` (not a tag) ends: comments, doctypes, CDATA, `<?…>`. */
function skipMarkup(html: string, at: number, foreign: boolean): number {
  if (html.startsWith('<!--', at)) {
    // `<!-->` and `<!--->` close at once; otherwise at the first `-->` or `--!>`.
    if (html[at + 4] === '>') return at + 5;
    if (html.startsWith('->', at + 4)) return at + 6;
    const ends = [html.indexOf('-->', at + 4), html.indexOf('--!>', at + 4)].filter((n) => n >= 0);
    if (ends.length === 0) return html.length;
    const first = Math.min(...ends);
    return first + (html.startsWith('--!>', first) ? 4 : 3);
  }
  if (foreign && html.startsWith('<![CDATA[', at)) {
    const close = html.indexOf(']]>', at + 9);
    return close < 0 ? html.length : close + 3;
  }
  const close = html.indexOf('>', at + 2);
  return close < 0 ? html.length : close + 1;
}

/** Where raw text (`<style>`, `<textarea>`, …) ends: at its end tag, or the input's end. */
function rawTextEnd(html: string, from: number, name: string): number {
  const re = new RegExp(`</${name}[\\t\\n\\f\\r />]`, 'gi');
  re.lastIndex = from;
  const m = re.exec(html);
  return m ? m.index : html.length;
}

function isHtmlIntegrationPoint(frame: Frame, attrs: Attr[]): boolean {
  if (frame.ns === 'svg') return ['foreignobject', 'desc', 'title'].includes(frame.name);
  if (frame.ns === 'math' && frame.name === 'annotation-xml') {
    const encoding = attrs.find((a) => a.name === 'encoding')?.value.toLowerCase();
    return encoding === 'text/html' || encoding === 'application/xhtml+xml';
  }
  return false;
}

const TABLE_MODE = new Set(['table', 'tbody', 'thead', 'tfoot', 'tr']);
const CELL_MODE = new Set(['td', 'th', 'caption']);

/** Whether the innermost open table part, if any, puts the parser in a table mode (not a cell). */
function inTable(stack: Frame[]): boolean {
  for (let k = stack.length - 1; k >= 0; k--) {
    if (stack[k].ns !== 'html') continue;
    if (TABLE_MODE.has(stack[k].name)) return true;
    if (CELL_MODE.has(stack[k].name)) return false;
  }
  return false;
}

/** An end tag: foreign content closes the nearest SVG/MathML element of that name; HTML stops at a scope boundary. */
function endTag(stack: Frame[], name: string): void {
  let k = stack.length - 1;
  // Integration points read only start tags and text as HTML: end tags there follow the foreign rules.
  if (k >= 0 && stack[k].ns !== 'html') {
    if (name === 'br' || name === 'p') {
      while (stack.length > 0 && stack[stack.length - 1].ns !== 'html' && !stack[stack.length - 1].htmlPoint) stack.pop();
      return;
    }
    for (; k >= 0 && stack[k].ns !== 'html'; k--) {
      if (stack[k].name === name) {
        stack.length = k;
        return;
      }
    }
  }
  // HTML rules, from the current node: `</form>` takes out the form alone; nothing closes past an integration point.
  for (let j = stack.length - 1; j >= 0; j--) {
    const frame = stack[j];
    if (frame.ns === 'html' && frame.name === name) {
      if (name === 'form') stack.splice(j, 1);
      else stack.length = j;
      return;
    }
    if (frame.ns !== 'html' && frame.htmlPoint) return;
  }
}

/** Would the browser attach script or a base URL to this attribute while parsing? */
const isDropped = (tag: string, attr: string) => attr.startsWith('on') || (tag === 'base' && attr === 'href');

/** `html` without inline event handlers and `<base href>`, read as the browser's tokenizer reads it. */
export function defuseHtml(html: string): string {
  let out = '';
  let copied = 0;
  const stack: Frame[] = [];
  const form = { open: false };
  let i = 0;
  const current = () => stack[stack.length - 1];

  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    const top = current();
    const foreign = Boolean(top && top.ns !== 'html' && !top.htmlPoint);
    const next = html[lt + 1] ?? '';
    if (next === '!' || next === '?' || (next === '/' && !ALPHA.test(html[lt + 2] ?? ''))) {
      i = next === '/' && html[lt + 2] === '>' ? lt + 3 : skipMarkup(html, lt, foreign);
      continue;
    }
    if (!ALPHA.test(next) && next !== '/') {
      i = lt + 1;
      continue;
    }
    const tag = readTag(html, lt);
    if (!tag) break;

    for (const attr of tag.attrs) {
      if (tag.end || !isDropped(tag.name, attr.name)) continue;
      out += `${html.slice(copied, attr.start)} `;
      copied = attr.end;
    }
    i = tag.close + 1;

    if (tag.end) {
      if (tag.name === 'form') form.open = false;
      endTag(stack, tag.name);
      continue;
    }

    let ns: Frame['ns'] = 'html';
    if (foreign) {
      const font = tag.name === 'font' && tag.attrs.some((a) => ['color', 'face', 'size'].includes(a.name));
      if (BREAKOUT.has(tag.name) || font) {
        while (current() && current()!.ns !== 'html' && !current()!.htmlPoint) stack.pop();
      } else {
        ns = top!.ns === 'math' && top!.name === 'annotation-xml' && tag.name === 'svg' ? 'svg' : top!.ns;
      }
    } else if (top?.ns === 'math' && MATHML_TEXT_POINTS.has(top.name) && (tag.name === 'mglyph' || tag.name === 'malignmark')) {
      ns = 'math';
    }
    if (ns === 'html' && (tag.name === 'svg' || tag.name === 'math')) ns = tag.name;

    if (ns !== 'html') {
      if (!tag.selfClosing) {
        const frame: Frame = { ns, name: tag.name, htmlPoint: false };
        frame.htmlPoint = isHtmlIntegrationPoint(frame, tag.attrs) || (ns === 'math' && MATHML_TEXT_POINTS.has(tag.name));
        stack.push(frame);
      }
      continue;
    }
    if (tag.name === 'form') {
      // One form at a time; in a table the form element is closed as soon as it opens.
      if (form.open) continue;
      form.open = true;
      if (inTable(stack)) continue;
    }
    if (tag.name === 'plaintext') break;
    if (RAW_TEXT.has(tag.name)) {
      i = rawTextEnd(html, i, tag.name);
      continue;
    }
    // Inside an integration point, HTML elements are tracked so that their end tags return to SVG or MathML.
    if (stack.length > 0 && !VOID.has(tag.name)) stack.push({ ns: 'html', name: tag.name, htmlPoint: true });
  }
  return out + html.slice(copied);
}
