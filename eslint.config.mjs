// ESLint for roblox-ts: TypeScript rules, the roblox-ts plugin's checks for what the compiler
// cannot express in Luau, and Prettier for formatting.
import js from "@eslint/js";
import prettier from "eslint-plugin-prettier/recommended";
import robloxTs from "eslint-plugin-roblox-ts";
import tseslint from "typescript-eslint";

export default tseslint.config(
	{ ignores: ["out/**", "include/**", "node_modules/**", "build/**", "scripts/**", "eslint.config.mjs"] },
	js.configs.recommended,
	...tseslint.configs.recommended,
	{
		files: ["src/**/*.{ts,tsx}", "test/types/**/*.d.ts"],
		languageOptions: {
			parserOptions: {
				project: "./tsconfig.json",
				tsconfigRootDir: import.meta.dirname,
				jsx: true,
			},
		},
		plugins: { "roblox-ts": robloxTs },
		rules: {
			...robloxTs.configs.recommended.rules,
			"no-undef": "off",
			"@typescript-eslint/no-require-imports": "off",
			"@typescript-eslint/no-namespace": "off",
			"@typescript-eslint/no-empty-object-type": "off",
		},
	},
	prettier,
);
