import { test as base, expect } from '@playwright/test';

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
}

export const test = base.extend<{ guard: PageGuard }>({
  guard: [
    async ({ context }, use, testInfo) => {
      const guard: PageGuard = { cspViolations: [], pageErrors: [], allowPageErrors: () => {} };
      const allowed: RegExp[] = [];
      guard.allowPageErrors = (pattern) => void allowed.push(pattern);

      await context.exposeBinding('__reportCspViolation', (_source, text: string) => {
        guard.cspViolations.push(text);
      });
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const report = (window as unknown as { __reportCspViolation?: (text: string) => void }).__reportCspViolation;
          report?.(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`);
        });
      });
      const watch = (page: import('@playwright/test').Page) =>
        page.on('pageerror', (error) => {
          const text = `${error.name}: ${error.message}`;
          if (!allowed.some((pattern) => pattern.test(text))) guard.pageErrors.push(text);
        });
      context.pages().forEach(watch);
      context.on('page', watch);

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
