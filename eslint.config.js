import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Import zones (DESIGN.md §2): who may import whom inside src/. Each zone names
 * the folder it guards (`target`) and what that folder must not import
 * (`from`, minus `except`). test/lint/zones.test.ts lints a violation of each.
 */
const STAGES = readdirSync(new URL('./src/stages', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'shared')
  .map((d) => d.name);
const ALL = './src';
export const ZONES = [
  { target: './src/pipeline', from: ALL, except: ['./pipeline'], message: 'pipeline/ is pure: it imports nothing of ours.' },
  { target: './src/ml', from: ALL, except: ['./ml', './pipeline'], message: 'ml/ imports only pipeline/.' },
  {
    target: './src/worker',
    from: ALL,
    except: ['./worker', './ml', './pipeline'],
    message: 'worker/ imports only ml/ and pipeline/.',
  },
  {
    target: './src/store',
    from: ['./src/app', './src/stages', './src/components', './src/cli', './src/bench'],
    message: 'store/ holds state and the controller: no views, no CLI.',
  },
  {
    target: './src/store',
    from: ['./src/worker/engine.ts', './src/worker/engine.worker.ts', './src/worker/engine-client.ts'],
    message: 'store/ gets its engine injected: it may import only the protocol (worker/protocol.ts).',
  },
  {
    target: './src/content',
    from: [
      './src/store',
      './src/app',
      './src/stages',
      './src/components',
      './src/ml',
      './src/worker',
      './src/cli',
      './src/bench',
    ],
    message: 'content/ is data: it imports no store and no code layer (pipeline ids and types only).',
  },
  {
    target: './src/components',
    from: ['./src/app', './src/stages'],
    message: 'components/ are shared: they import no app/ or stage.',
  },
  { target: './src/stages', from: './src/app', message: 'Stages never import app/ (the shell imports them).' },
  ...STAGES.map((name) => ({
    target: `./src/stages/${name}`,
    from: './src/stages',
    except: [`./${name}`, './shared'],
    message: 'A stage never imports another stage: move shared pieces to components/ or stages/shared/.',
  })),
];

export default tseslint.config(
  { ignores: ['dist', 'dist-e2e', 'node_modules', 'scratch', 'test-results', 'playwright-report', 'coverage'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx}'],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never render HTML from data.' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
      // Parse our own TypeScript modules when following imports (the cycle check reads them from disk).
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: ZONES }],
      // Type-only imports are not followed: the store's slices and LabState import each other's types only.
      'import-x/no-cycle': 'error',
    },
  },
  {
    files: ['src/pipeline/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['@tensorflow/*', 'react', 'react-dom', 'react/*', 'zustand', 'zustand/*'] },
      ],
    },
  },
  {
    files: ['src/ml/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['react', 'react-dom', 'react/*', 'zustand', 'zustand/*'] }] },
  },
  {
    // worker/ drives ml/ and never touches tfjs itself (tensors and tfjs names stay in ml/); the worker's entry only
    // takes the WASM files' URLs from the backend package.
    files: ['src/worker/**/*.ts'],
    ignores: ['src/worker/engine.worker.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['@tensorflow/*'] }] },
  },
  {
    // tfjs stays in the worker's bundle: the main thread may know ml/'s types, never its code.
    files: ['src/store/**/*.{ts,tsx}', 'src/stages/**/*.{ts,tsx}', 'src/components/**/*.{ts,tsx}', 'src/app/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/ml/*', '@tensorflow/*'],
              allowTypeImports: true,
              message: 'The main thread imports only types from ml/.',
            },
          ],
        },
      ],
    },
  },
);
