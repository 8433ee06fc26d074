import { test as base, expect } from '@playwright/test';

/**
 * Every page in the suite fails its test if it makes a request that leaves
 * 127.0.0.1 (such requests are aborted, recorded, and asserted empty at the end),
 * or if an error escapes uncaught into the page: bad input, a lost context or a
 * cancelled run must end in a message, never in an uncaught exception.
 */
export const test = base.extend({
  page: async ({ page }, provide) => {
    const external: string[] = [];
    const uncaught: string[] = [];
    page.on('pageerror', (e) => uncaught.push(e.message));
    await page.route(/^(?!http:\/\/127\.0\.0\.1[:/])/, async (route) => {
      external.push(route.request().url());
      await route.abort();
    });
    await provide(page);
    expect(external, 'requests to other origins').toEqual([]);
    expect(uncaught, 'uncaught errors in the page').toEqual([]);
  },
});

export { expect };
