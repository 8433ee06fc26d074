// Shared test setup. Component tests opt into jsdom with a `@vitest-environment jsdom` docblock.
import '@testing-library/jest-dom/vitest';
