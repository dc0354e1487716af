import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // `_name` marks a value left out on purpose (e.g. when destructuring to omit a key).
      "@typescript-eslint/no-unused-vars": [
        "warn",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
    },
  },
  {
    // Folders depend downward only: app → components → lib → db. Server actions live in
    // lib/<domain>/actions.ts, so nothing below app/ has a reason to import from it.
    files: ["components/**", "lib/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(@/app(/|$)|(\\.\\./)+app/)",
              message:
                "components/ and lib/ must not import from app/ (move the shared code down, e.g. server actions to lib/<domain>/actions.ts).",
            },
          ],
        },
      ],
    },
  },
  { ignores: [".next/**", ".next-*/**", "node_modules/**", "generated/**", "data/**", "next-env.d.ts", "tmp/**"] },
];

export default config;
