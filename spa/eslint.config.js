import js from "@eslint/js";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

const noTokenStorage = {
  selector: "MemberExpression[object.name=/^(window|globalThis)$/][property.name=/^(localStorage|sessionStorage)$/]",
  message: "src/auth keeps tokens in memory only; the pending sign-in goes through src/auth/pending.ts.",
};

export default tseslint.config(
  { ignores: ["dist", "node_modules", "test-results", "playwright-report", "src/api/schema.d.ts"] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
      "@typescript-eslint/no-confusing-void-expression": ["error", { ignoreArrowShorthand: true }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    ...reactHooks.configs.flat.recommended,
    languageOptions: { globals: globals.browser },
  },
  { files: ["src/**/*.tsx"], ...jsxA11y.flatConfigs.strict },
  {
    // Tokens live in memory only (issue 20): nothing in src/auth touches web storage or cookies,
    // except the pending sign-in's state and verifier (not tokens) in pending.ts.
    files: ["src/auth/**/*.ts"],
    ignores: ["src/auth/pending.ts", "src/auth/**/*.test.ts"],
    rules: {
      "no-restricted-globals": [
        "error",
        { name: "localStorage", message: noTokenStorage.message },
        { name: "sessionStorage", message: noTokenStorage.message },
        { name: "document", message: "No cookies or DOM access in src/auth." },
      ],
      "no-restricted-syntax": ["error", noTokenStorage],
    },
  },
  {
    files: ["e2e/**/*.ts", "scripts/**/*.{js,mjs}", "*.config.{js,ts}"],
    languageOptions: { globals: globals.node },
  },
  { files: ["**/*.{js,mjs}"], ...tseslint.configs.disableTypeChecked },
);
