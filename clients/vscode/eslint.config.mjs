// ESLint flat config: recommended JavaScript and type-checked TypeScript rules for src/.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
    { ignores: ['out/**', 'node_modules/**', 'server/**', '*.vsix'] },
    js.configs.recommended,
    {
        files: ['src/**/*.ts'],
        extends: [...tseslint.configs.recommendedTypeChecked],
        languageOptions: {
            parserOptions: {
                projectService: true,
                tsconfigRootDir: import.meta.dirname,
            },
        },
        rules: {
            // node:test's describe/it return promises the runner itself awaits.
            '@typescript-eslint/no-floating-promises': ['error', {
                allowForKnownSafeCalls: [{ from: 'package', package: 'node:test', name: ['describe', 'it', 'before', 'after'] }],
            }],
            '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
            eqeqeq: ['error', 'always'],
            curly: 'error',
        },
    },
    {
        // The modules tested without VS Code must not import it.
        files: ['src/config.ts', 'src/repairPick.ts', 'src/applyEdit.ts', 'src/javaCheck.ts', 'src/status.ts', 'src/run.ts', 'src/test/**/*.ts'],
        rules: {
            'no-restricted-imports': ['error', { paths: [{ name: 'vscode', message: 'Keep this module free of VS Code: inject what it needs.' }] }],
        },
    },
    {
        files: ['**/*.js', '**/*.mjs'],
        languageOptions: {
            globals: { require: 'readonly', process: 'readonly', __dirname: 'readonly', console: 'readonly' },
        },
    },
);
