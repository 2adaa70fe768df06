import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'playwright-report/**', 'test-results/**', 'bench/tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['components/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // The extension's code runs in the browser; knowing its globals lets no-implied-eval see
    // `setTimeout('code')` and `window.setTimeout('code')`.
    files: ['components/**', 'entrypoints/**', 'utils/**'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['scripts/**', 'sandbox/**', 'e2e/**', 'bench/**', '*.config.*'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render API text as text, never as HTML.' },
        { selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]", message: 'Render API text as text, never as HTML.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Render API text as text, never as HTML.' },
        { selector: "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]", message: 'Render API text as text, never as HTML.' },
        { selector: "CallExpression[callee.property.name=/^(createContextualFragment|parseFromString|setHTMLUnsafe)$/]", message: 'Render API text as text, never as HTML.' },
        { selector: "JSXAttribute[name.name='srcDoc'], AssignmentExpression[left.property.name='srcdoc']", message: 'Render API text as text, never as HTML.' },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    // Tests build fixture documents from their own constant HTML; nothing here ships.
    files: ['**/__tests__/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
);
