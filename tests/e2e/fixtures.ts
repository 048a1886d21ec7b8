import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';

/**
 * The suite's `test`: every page of every spec is watched for Content-Security-Policy violations and
 * for uncaught errors (including unhandled promise rejections). A test that causes either fails, even
 * when everything it asserts holds. Specs import `test` and `expect` from here, not from Playwright.
 */
export interface PageGuard {
  cspViolations: string[];
  pageErrors: string[];
  /** For the few tests that provoke an error on purpose (e.g. the detector's positive control). */
  allowPageErrors: (pattern: RegExp) => void;
  /** Watches another browser context the test opens (a second person), like the test's own. */
  watch: (context: BrowserContext) => Promise<void>;
}

export const test = base.extend<{ guard: PageGuard }>({
  guard: [
    async ({ context }, use, testInfo) => {
      const allowed: RegExp[] = [];
      const watchPage = (page: Page) =>
        page.on('pageerror', (error) => {
          const text = `${error.name}: ${error.message}`;
          if (!allowed.some((pattern) => pattern.test(text))) guard.pageErrors.push(text);
        });
      const guard: PageGuard = {
        cspViolations: [],
        pageErrors: [],
        allowPageErrors: (pattern) => void allowed.push(pattern),
        async watch(watched) {
          await watched.exposeBinding('__reportCspViolation', (_source, text: string) => {
            guard.cspViolations.push(text);
          });
          await watched.addInitScript(() => {
            document.addEventListener('securitypolicyviolation', (event) => {
              const report = (window as unknown as { __reportCspViolation?: (text: string) => void }).__reportCspViolation;
              report?.(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`);
            });
          });
          watched.pages().forEach(watchPage);
          watched.on('page', watchPage);
        },
      };
      await guard.watch(context);

      await use(guard);

      if (testInfo.status === testInfo.expectedStatus) {
        expect(guard.cspViolations, 'Content-Security-Policy violations').toEqual([]);
        expect(guard.pageErrors, 'uncaught errors in the page').toEqual([]);
      }
    },
    { auto: true },
  ],
});

export { expect };
