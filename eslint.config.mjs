// Lint rules: the recommended sets, plus the layering rule of the design — `src/core/` runs in a
// browser too, so it may import neither `vscode` nor Node's built-in modules.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

const nodeBuiltins = builtinModules.filter((name) => !name.startsWith('_'));

export default defineConfig(
  { ignores: ['dist/', 'out/', 'node_modules/', '.vscode-test/', 'test-results/', '*.vsix'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Build and test scripts run in Node.
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: {
      globals: {
        process: 'readonly', console: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly',
        setInterval: 'readonly', clearInterval: 'readonly', URL: 'readonly', Buffer: 'readonly', fetch: 'readonly',
      },
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          { name: 'vscode', message: 'src/core must not depend on VS Code: put adapters in src/extension.' },
          ...nodeBuiltins.map((name) => ({ name, message: 'src/core runs in a browser too: no Node built-ins.' })),
        ],
        patterns: [{ group: ['node:*'], message: 'src/core runs in a browser too: no Node built-ins.' }],
      }],
      'no-restricted-globals': ['error',
        { name: 'process', message: 'src/core runs in a browser too: no process.' },
        { name: 'Buffer', message: 'src/core runs in a browser too: no Buffer.' },
        { name: 'require', message: 'src/core uses ES imports only.' },
        { name: '__dirname', message: 'src/core runs in a browser too.' },
      ],
    },
  },
);
