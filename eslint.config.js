// Lint run by `npm test` (`npm run lint`, --max-warnings 0), so CI enforces it.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Counted on every line, blank lines and comments included: a function that needs a long
      // comment to be read is a function to split. Never disabled in a file.
      'max-lines-per-function': ['error', { max: 60 }],
      // Strings, template literals and regex literals are exempt: they hold real log lines,
      // messages a user greps for and patterns that read worse broken across `+`.
      'max-len': [
        'error',
        { code: 120, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true, ignoreUrls: true },
      ],
    },
  },
  {
    files: ['**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: {
      globals: { process: 'readonly', setImmediate: 'readonly', console: 'readonly', URL: 'readonly' },
    },
  },
  {
    // The command's entry point is a CommonJS script (bin/package.json): it requires what it loads.
    files: ['bin/**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', __dirname: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
