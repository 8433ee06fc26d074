import { test as base, expect } from '@playwright/test';

/**
 * Every page in the suite fails its test if it makes a request that leaves
 * 127.0.0.1: such requests are aborted, recorded, and asserted empty at the end.
 */
export const test = base.extend({
  page: async ({ page }, provide) => {
    const external: string[] = [];
    await page.route(/^(?!http:\/\/127\.0\.0\.1[:/])/, async (route) => {
      external.push(route.request().url());
      await route.abort();
    });
    await provide(page);
    expect(external, 'requests to other origins').toEqual([]);
  },
});

export { expect };
