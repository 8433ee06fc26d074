// Shared test setup. Component tests opt into jsdom with a `@vitest-environment jsdom` docblock.
import '@testing-library/jest-dom/vitest';

// jsdom has no 2D canvas (and logs "not implemented" when asked): the dot view then skips drawing.
if (typeof HTMLCanvasElement !== 'undefined') {
  HTMLCanvasElement.prototype.getContext = (() => null) as unknown as HTMLCanvasElement['getContext'];
}
