// ESLint flat config: typescript-eslint's recommended rules plus React Hooks.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'out/**',
      '.next/**',
      'dist/**',
      'coverage/**',
      'test-results/**',
      'playwright-report/**',
      '.bench/**',
      'next-env.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  reactHooks.configs.flat.recommended,
  {
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        URL: 'readonly',
        window: 'readonly',
        document: 'readonly',
        self: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Node scripts (.mjs/.js) run as plain JavaScript in Node.
    files: ['**/*.mjs', '**/*.js', '**/*.cjs'],
    languageOptions: {
      globals: Object.fromEntries(
        [
          'console', 'process', 'Buffer', 'URL', 'URLSearchParams', 'TextDecoder', 'TextEncoder', 'setTimeout',
          'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'queueMicrotask', 'structuredClone',
          'performance', 'AbortController', 'fetch', 'globalThis',
        ].map((name) => [name, 'readonly']),
      ),
    },
  },
);
