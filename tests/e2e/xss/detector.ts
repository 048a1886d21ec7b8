import type { BrowserContext, Frame, Page } from '@playwright/test';

/**
 * Catches a script run however it happens: every payload calls `__xss(n)` (a binding in every frame
 * of the context), a dialog counts as a run, and `scan()` reads the rendered DOM of every frame for
 * what would run later (an `on*` attribute, a `javascript:`/`vbscript:`/`data:text/html` URL, an
 * element that should never reach the page). CSP violations are caught by the suite's fixture.
 */
export type Detector = {
  runs: number[];
  dialogs: string[];
  scan(where: string): Promise<string[]>;
};

export async function installDetector(context: BrowserContext, page: Page): Promise<Detector> {
  const detector: Detector = { runs: [], dialogs: [], scan: (where) => scanPage(page, where) };
  await context.exposeFunction('__xss', (n: number) => void detector.runs.push(n));
  page.on('dialog', (dialog) => {
    detector.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => {});
  });
  return detector;
}

async function scanPage(page: Page, where: string): Promise<string[]> {
  const findings: string[] = [];
  for (const frame of page.frames()) findings.push(...(await scanFrame(frame, where)));
  return findings;
}

async function scanFrame(frame: Frame, where: string): Promise<string[]> {
  try {
    const found = await frame.evaluate(inspectDocument);
    return found.map((f) => `${where}${frame === frame.page().mainFrame() ? '' : ` [frame ${frame.url()}]`}: ${f}`);
  } catch {
    // A frame that navigated away or closed while being read has nothing left to scan.
    return [];
  }
}

/** Runs in the page: everything that could execute script, as readable strings. */
function inspectDocument(): string[] {
  const out: string[] = [];
  const describe = (el: Element) => `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}>`;
  // How a browser reads a scheme: tabs and newlines anywhere and C0/space at the ends are ignored.
  const scheme = (value: string) =>
    value
      .replace(/[\t\n\r]/g, '')
      // eslint-disable-next-line no-control-regex
      .replace(/^[\u0000-\u0020]+/, '')
      .toLowerCase();
  const URL_ATTRS = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'ping', 'codebase', 'cite', 'srcset'];
  const IMAGE_TAGS = new Set(['img', 'image', 'source', 'picture', 'input']);
  for (const el of Array.from(document.querySelectorAll('*'))) {
    const tag = el.tagName.toLowerCase();
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) out.push(`${describe(el)} has ${name}="${attr.value.slice(0, 80)}"`);
      if (name === 'srcdoc') out.push(`${describe(el)} has srcdoc`);
      if (!URL_ATTRS.includes(name)) continue;
      const value = scheme(attr.value);
      const bad =
        value.startsWith('javascript:') ||
        value.startsWith('vbscript:') ||
        value.startsWith('data:text/html') ||
        (value.startsWith('data:') && !IMAGE_TAGS.has(tag) && !value.startsWith('data:image/'));
      if (bad) out.push(`${describe(el)} has ${name}="${attr.value.slice(0, 80)}"`);
    }
    if (tag === 'script' && el.closest('#root, [data-portal], .mantine-Portal, body > div:not(#root)')) out.push(`${describe(el)} in the page body`);
    if (tag === 'script' && !el.getAttribute('src')) out.push(`inline ${describe(el)}`);
    if (['iframe', 'frame', 'object', 'embed', 'base', 'portal', 'applet'].includes(tag)) out.push(`${describe(el)} element`);
    if (tag === 'meta' && el.getAttribute('http-equiv')) out.push(`<meta http-equiv="${el.getAttribute('http-equiv')}">`);
  }
  return out;
}
