import axe from 'axe-core';
import { expect, type Page } from '@playwright/test';

/** A name in either interface language (the suite runs every screen in both). */
export function either(vi: string, en: string, exact = false): RegExp {
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^(${esc(vi)}|${esc(en)})${exact ? '$' : ''}`);
}

export type Language = 'vi' | 'en';
export type Scheme = 'light' | 'dark';

export type Finding = { where: string; rule: string; impact: string; help: string; targets: string[] };

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** What an open dialog, drawer, popover or menu is, whichever Mantine component drew it. */
const OVERLAYS = '[role="dialog"], [role="alertdialog"], [role="menu"]';

/**
 * axe-core with the WCAG 2.1 A/AA and best-practice rules, on the whole page; only serious and critical
 * findings count. axe-core goes into the page once per document (the suite navigates in place) and runs
 * there directly: @axe-core/playwright injects its half-megabyte source and opens a blank page on every
 * scan, which on two busy cores took five to twenty seconds a screen against one or two this way.
 */
export async function scan(page: Page, where: string, findings: Finding[]) {
  await stillness(page);
  await run(page, where, findings, null);
}

/**
 * The open dialog (or drawer, popover, menu) only: the page behind it is scanned on its own, and
 * checking it again under the overlay doubles the time of every dialog.
 */
export async function scanDialog(page: Page, where: string, findings: Finding[]) {
  await expect(page.locator(OVERLAYS).first()).toBeVisible();
  // Mantine's transitions fade and scale overlays in; colours measured mid-fade are not the real ones.
  await page.waitForTimeout(250);
  await stillness(page);
  await run(page, where, findings, OVERLAYS);
}

/** Until no transition runs any more (spinners and skeletons pulse forever; they do not count). */
async function stillness(page: Page) {
  await page
    .waitForFunction(
      () => document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
      null,
      { timeout: 5_000 },
    )
    .catch(() => undefined);
}

/** `within`: a selector of what to check, or the whole document. */
async function run(page: Page, where: string, findings: Finding[], within: string | null) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const { violations } = await page.evaluate(
    ({ within, tags }) =>
      (window as unknown as { axe: typeof axe }).axe.run(within ? { include: [within] } : document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      }),
    { within, tags: TAGS },
  );
  for (const v of violations) {
    if (v.impact !== 'serious' && v.impact !== 'critical') continue;
    // Printed as found, so a long run shows its findings before it ends.
    console.log(`a11y ${where}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
    findings.push({
      where,
      rule: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}${n.failureSummary ? ` — ${n.failureSummary.split('\n').slice(1, 2).join('')}` : ''}`),
    });
  }
}

export const report = (findings: Finding[]) =>
  findings.map((f) => `${f.where}: [${f.impact}] ${f.rule} (${f.help})\n    ${f.targets.join('\n    ')}`).join('\n');

/** In-app navigation (the router hears popstate): no reload, so no new cold start of the demo backend. */
export async function go(page: Page, path: string) {
  await page.evaluate((to) => {
    window.history.pushState({}, '', to);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
  await settled(page);
}

/** The page has its heading and nothing is loading any more. */
export async function settled(page: Page) {
  await expect(page.getByRole('main').getByRole('heading', { level: 1 }).first()).toBeVisible();
  // Loaded content is what gets scanned; a panel that keeps loading is scanned as it is after a while.
  await page
    .waitForFunction(() => !document.querySelector('main [aria-busy="true"], main .mantine-Skeleton-root'), null, { timeout: 10_000 })
    .catch(() => undefined);
}

/** Through the header, as a person would: the language menu and the light/dark toggle. */
export async function setLanguage(page: Page, language: Language) {
  const current = await page.evaluate(() => document.documentElement.lang);
  if (current.startsWith(language)) return;
  await page.getByRole('button', { name: either('Ngôn ngữ', 'Language', true) }).click();
  await page.getByRole('menuitem', { name: language === 'vi' ? 'Tiếng Việt' : 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', new RegExp(`^${language}`));
  // The menu closes with a transition; scanned before it is gone, its dropdown is part of the page.
  await expect(page.getByRole('menu')).toHaveCount(0);
}

export async function setScheme(page: Page, scheme: Scheme) {
  const current = await page.locator('html').getAttribute('data-mantine-color-scheme');
  if (current === scheme) return;
  const toggle = scheme === 'dark' ? either('Chuyển sang giao diện tối', 'Switch to dark mode') : either('Chuyển sang giao diện sáng', 'Switch to light mode');
  await page.getByRole('button', { name: toggle }).click();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', scheme);
  // Hover leaves the toggle's tooltip up, over whatever is scanned next.
  await page.mouse.move(0, 0);
}

const ALL_COMBOS: [Language, Scheme][] = [
  ['vi', 'light'],
  ['en', 'dark'],
  ['vi', 'dark'],
  ['en', 'light'],
];

/**
 * Vietnamese in light and English in dark by default: both languages and both schemes, every screen
 * twice, which keeps the suite within a few minutes on two cores. A11Y_COMBOS=all runs all four;
 * A11Y_COMBOS=vi-dark,en-light picks some.
 */
const wanted = process.env.A11Y_COMBOS ?? 'vi-light,en-dark';
export const COMBOS: [Language, Scheme][] =
  wanted === 'all' ? ALL_COMBOS : ALL_COMBOS.filter(([l, s]) => wanted.split(',').includes(`${l}-${s}`));
// A misspelt choice must not leave the suite checking nothing.
if (COMBOS.length === 0) throw new Error(`A11Y_COMBOS=${wanted} names no language-scheme pair (vi-light, en-dark, vi-dark, en-light or all)`);

export async function closeDialog(page: Page) {
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
}

/** The demo API, called as the signed-in tab (its token lives in sessionStorage). */
export function api<T>(page: Page, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
  return page.evaluate(
    async ({ method, path, body, headers }) => {
      const token = sessionStorage.getItem('newsroom.session') ?? '';
      const res = await fetch(`/api${path}`, {
        method,
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}`, ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
      return res.status === 204 ? null : res.json();
    },
    { method, path, body, headers },
  ) as Promise<T>;
}

