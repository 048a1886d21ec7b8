// Lighthouse (desktop preset) on a puppeteer page of Debian's Chromium. The page is passed in, and
// storage is not reset, so a page signed in beforehand (the session lives in sessionStorage) stays so.
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import puppeteer from 'puppeteer-core';
import { assertChromium, CHROMIUM_ARGS } from '../../e2e/chromium.mjs';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
export const METRICS = {
  FCP: 'first-contentful-paint',
  LCP: 'largest-contentful-paint',
  TBT: 'total-blocking-time',
  CLS: 'cumulative-layout-shift',
  SI: 'speed-index',
};

export async function launchForLighthouse() {
  return puppeteer.launch({
    executablePath: assertChromium(),
    // Lighthouse emulates the desktop screen itself.
    defaultViewport: null,
    args: [...CHROMIUM_ARGS.filter((a) => a !== '--headless'), '--headless=new', '--lang=vi-VN'],
  });
}

/** Runs Lighthouse on `url` in `page`; returns the scores (0–100), the metric figures and what lost points. */
export async function audit(page, url) {
  // The demo backend boots in the page; on a busy machine the first paint can take longer than Lighthouse's default wait.
  const flags = {
    output: 'json',
    logLevel: 'error',
    disableStorageReset: true,
    onlyCategories: CATEGORIES,
    maxWaitForFcp: 60_000,
    maxWaitForLoad: 90_000,
  };
  const result = await lighthouse(url, flags, desktopConfig, page);
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
  const figures = Object.fromEntries(
    Object.entries(METRICS).map(([short, id]) => [short, { value: lhr.audits[id]?.numericValue, text: lhr.audits[id]?.displayValue }]),
  );
  return {
    scores,
    figures,
    losses: losses(lhr),
    mainThread: mainThread(lhr),
    forcedStyle: forcedStyle(result.artifacts?.Trace ?? result.artifacts?.traces?.defaultPass),
    finalUrl: lhr.finalDisplayedUrl,
    warnings: lhr.runWarnings,
  };
}

/**
 * Style recalculations that script forced in the middle of a task (reading a size or a computed
 * style while the page was dirty) rather than leaving them to the browser's rendering step. Under
 * Lighthouse's tracing each one costs far more than the same work done by the rendering step, so a
 * few of them weigh on blocking time: the count and their milliseconds, with the first script frame.
 */
function forcedStyle(trace) {
  const events = (trace?.traceEvents ?? []).filter(
    (e) => e.name === 'UpdateLayoutTree' && e.args?.beginData?.stackTrace?.length && (e.args.elementCount ?? 0) >= 20,
  );
  return {
    count: events.length,
    ms: Math.round(events.reduce((sum, e) => sum + (e.dur ?? 0), 0) / 1000),
    where: events.slice(0, 5).map((e) => {
      const [frame] = e.args.beginData.stackTrace;
      return `${frame.functionName || '(anonymous)'} ${String(frame.url).split('/').pop()}:${frame.lineNumber}:${frame.columnNumber} (${e.args.elementCount} elements, ${Math.round(e.dur / 1000)} ms)`;
    }),
  };
}

/** Each category's audits that scored below 1 and weigh in it, heaviest first. */
function losses(lhr) {
  const out = {};
  for (const id of CATEGORIES) {
    const category = lhr.categories[id];
    out[id] = category.auditRefs
      .filter((ref) => ref.weight > 0)
      .map((ref) => ({ ref, a: lhr.audits[ref.id] }))
      .filter(({ a }) => a && a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative')
      .sort((x, y) => y.ref.weight * (1 - y.a.score) - x.ref.weight * (1 - x.a.score))
      .map(({ ref, a }) => ({ id: ref.id, weight: ref.weight, score: a.score, title: a.title, value: a.displayValue, where: where(a) }));
  }
  return out;
}

/** The elements (a11y audits) or resources an audit points at, a few of them. */
function where(a) {
  const items = a.details?.items ?? [];
  return items.slice(0, 5).map((i) => i.node?.selector ?? i.url ?? i.source?.url ?? i.description ?? '').filter(Boolean);
}

/** Where the main thread went: the scripts that kept it busiest (what blocking time is made of). */
function mainThread(lhr) {
  const items = lhr.audits['bootup-time']?.details?.items ?? [];
  return items.slice(0, 5).map((i) => ({ url: i.url, totalMs: Math.round(i.total), scriptingMs: Math.round(i.scripting) }));
}
