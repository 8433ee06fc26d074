// Shared test setup. Component tests opt into jsdom with a `@vitest-environment jsdom` docblock.
import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/dom';

// findBy*/waitFor wait for a condition, not for a time: the bound only decides when a wait
// gives up. Testing Library's default of 1 s gave up too early on a loaded 2-core machine
// (a whole-app render plus a worker round trip), so a slow machine failed tests that were
// right. A wrong outcome still fails, just later.
configure({ asyncUtilTimeout: 10_000 });

// jsdom has no 2D canvas (and logs "not implemented" when asked): the dot view then skips drawing.
if (typeof HTMLCanvasElement !== 'undefined') {
  HTMLCanvasElement.prototype.getContext = (() => null) as unknown as HTMLCanvasElement['getContext'];
}
