import { expect, type Page } from '@playwright/test';
import { DEMO_CHAOS_KEY } from '../../src/app/demo';
import { accounts, mainNav, type Role } from './helpers';

/**
 * Chaos from the first request on: the seed a person's settings toggle would store, so the app boots
 * with the demo server failing (5xx, dropped and lost answers, 429, 0–5 s latency, out of order).
 */
export async function bootWithChaos(page: Page, seed: number) {
  await page.addInitScript(
    ({ key, seed }) => {
      localStorage.setItem(key, String(seed));
      // Blank-screen watch: once the shell has shown, some screen (the shell, or an alert with a way out)
      // must stay. Records the longest stretch without one.
      const w = window as unknown as { __blankMs: number };
      w.__blankMs = 0;
      let armed = false;
      let since: number | null = null;
      setInterval(() => {
        const shell = document.querySelector('nav, [role="navigation"]');
        const alert = document.querySelector('[role="alert"], [role="dialog"]');
        if (shell) armed = true;
        if (!armed) return;
        if (shell || alert) {
          since = null;
          return;
        }
        since ??= performance.now();
        w.__blankMs = Math.max(w.__blankMs, performance.now() - since);
      }, 100);
    },
    { key: DEMO_CHAOS_KEY, seed },
  );
}

export const longestBlankMs = (page: Page) => page.evaluate(() => (window as unknown as { __blankMs: number }).__blankMs);

/** Presses a page's "Thử lại" if a failed load offers it (a query gave up after its retries). */
export async function retryIfOffered(page: Page) {
  const retry = page.getByRole('alert').getByRole('button', { name: 'Thử lại' });
  for (const button of await retry.all()) await button.click().catch(() => undefined);
}

/** Signs in with the demo account button, again as long as the chaotic server refuses. */
export async function signInThroughChaos(page: Page, role: Role) {
  await page.goto('/sign-in', { waitUntil: 'domcontentloaded' });
  const button = page.getByRole('button', { name: new RegExp(accounts[role].name) });
  await expect(button).toBeVisible({ timeout: 45_000 });
  for (let attempt = 0; attempt < 8; attempt++) {
    await button.click();
    const outcome = await Promise.race([
      mainNav(page).waitFor({ timeout: 20_000 }).then(() => 'in' as const),
      page.getByRole('alert').first().waitFor({ timeout: 20_000 }).then(() => 'refused' as const),
    ]).catch(() => 'timeout' as const);
    if (outcome === 'in') return;
    if (await mainNav(page).isVisible()) return;
  }
  await expect(mainNav(page)).toBeVisible();
}

/**
 * Reads the demo server directly, as the test's referee: faults paused for the read, the session's
 * own token. Returns the parsed JSON body and the status.
 */
export async function serverSide<T = unknown>(page: Page, method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const demo = (window as unknown as { __newsroomDemo: { faults: { profile: Record<string, unknown>; disable(): void; configure(p: Record<string, unknown>): void } } }).__newsroomDemo;
      const before = demo.faults.profile;
      demo.faults.disable();
      try {
        const token = sessionStorage.getItem('newsroom.session') ?? '';
        const res = await fetch(`/api${path}`, {
          method,
          headers: { Authorization: `Bearer ${token}`, ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}) },
          body: body !== undefined ? JSON.stringify(body) : undefined,
        });
        const text = await res.text();
        return { status: res.status, body: text ? JSON.parse(text) : null };
      } finally {
        if (before.enabled) demo.faults.configure(before);
      }
    },
    { method, path, body },
  ) as Promise<{ status: number; body: T }>;
}

type Node = { text?: string; content?: Node[]; type?: string };

/** The body's text as a person reads it: paragraphs joined by newlines. */
export function bodyText(doc: Node): string {
  const walk = (n: Node): string => (n.text ?? '') + (n.content ?? []).map(walk).join('');
  return (doc.content ?? []).map(walk).join('\n');
}
