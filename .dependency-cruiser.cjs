// The layers of ARCHITECTURE.md, checked by `npm run lint` (dependency-cruiser). Data flows one way:
// catalog -> domain -> host -> server -> remotes -> client. Each rule says why it exists; a
// violation names the rule, the importing file and the imported one (and, with -T err-long as in
// npm run lint, the reason).
// .dependency-cruiser-features.cjs adds the one check that needs a different view of the graph.

/** The domain's use cases and its entry file: the top of the domain, above every feature folder. */
const DOMAIN_TOP = "^src/shared/domain/(index|process-event|process-gift|timers)\\.ts$";

/** A forbidden import: from modules matching `from` to modules matching `to`, and why not. */
function forbid(name, why, from, to) {
	return { name, comment: why, severity: "error", from, to };
}

module.exports = {
	forbidden: [
		forbid(
			"no-circular",
			"A cycle of imports has no bottom: no module in it can be understood, tested or moved alone, and " +
				"roblox-ts's runtime refuses to load a require cycle (type-only cycles are erased, but they tie " +
				"the design together all the same).",
			{ path: "^src/" },
			{ circular: true },
		),
		forbid(
			"catalog-imports-only-util",
			"The catalog is the bottom layer (typed, validated content): it never imports the domain, the host, " +
				"the scenario runner or anything else above it; shared/util is below it.",
			{ path: "^src/shared/catalog/" },
			{ path: "^src/", pathNot: "^src/shared/(catalog|util)/" },
		),
		forbid(
			"util-imports-nothing",
			"shared/util holds helpers below the catalog and the domain, so it imports nothing of ours.",
			{ path: "^src/shared/util/" },
			{ path: "^src/", pathNot: "^src/shared/util/" },
		),
		forbid(
			"shared-not-server-or-client",
			"src/shared runs on both sides (ReplicatedStorage); the server's and the client's code is not there " +
				"for it to require, and shared code must not depend on either side.",
			{ path: "^src/shared/" },
			{ path: "^src/(server|client)/" },
		),
		forbid(
			"client-not-server",
			"The client talks to the server only through the remotes (shared/remotes.ts); server code is not " +
				"replicated to clients, and it must never be trusted to run there.",
			{ path: "^src/client/" },
			{ path: "^src/server/" },
		),
		forbid(
			"domain-not-host-scenario-or-remotes",
			"The domain is pure rules: the host orchestrates it, the scenario runner and the remotes use it, " +
				"never the other way round.",
			{ path: "^src/shared/domain/" },
			{ path: ["^src/shared/host/", "^src/tools/", "^src/shared/remotes\\.ts$"] },
		),
		forbid(
			"domain-no-roblox-services",
			"The domain never reaches a Roblox service (clock, RNG and storage are passed in): that is what lets " +
				"the same rules run headless in specs, scenarios and benchmarks.",
			{ path: "^src/shared/domain/" },
			{ path: "node_modules/@rbxts/services/" },
		),
		forbid(
			"domain-does-not-import-its-entry",
			"shared/domain/index.ts is the door for code outside the domain; inside, modules import each other " +
				"directly, or the entry file would sit in a cycle with everything it exports.",
			{ path: "^src/shared/domain/" },
			{ path: "^src/shared/domain/index\\.ts$" },
		),
		forbid(
			"domain-kernel-below-features",
			"The files at the domain's root other than its use cases (events, effects, context, rng, numbers, " +
				"calendar) are what every feature folder builds on, so they import no feature.",
			{ path: "^src/shared/domain/[^/]+\\.ts$", pathNot: DOMAIN_TOP },
			{ path: "^src/shared/domain/[^/]+/" },
		),
		forbid(
			"the-game-never-imports-tools",
			"src/tools (the scenario runner) lives in ServerStorage for the runners alone: the game's own " +
				"code, which ships to servers and clients, never depends on it.",
			{ path: "^src/(shared|server|client)/", pathNot: "/test/" },
			{ path: "^src/tools/" },
		),
		forbid(
			"outside-the-domain-use-its-entry",
			"Code above the domain (host, scenario runner, server, client, remotes) uses shared/domain " +
				"(index.ts) only, so the domain's folders can move without touching its callers; specs may " +
				"reach inside to pin a rule.",
			{ path: "^src/(server|client|tools|shared/(host|remotes))", pathNot: "/test/" },
			{ path: "^src/shared/domain/.+", pathNot: "^src/shared/domain/index\\.ts$" },
		),
		forbid(
			"domain-features-below-use-cases",
			"processEvent, processGift and nextDueTime use the feature folders; a feature that imported them " +
				"back would tie itself to every other feature.",
			{ path: "^src/shared/domain/[^/]+/" },
			{ path: DOMAIN_TOP, pathNot: "^src/shared/domain/index\\.ts$" },
		),
	],
	options: {
		// imports name modules from tsconfig's baseUrl ("shared/...", "server/..."): resolve them as tsc does
		tsConfig: { fileName: "tsconfig.json" },
		// type-only imports are dependencies of the design too, although roblox-ts erases them
		tsPreCompilationDeps: true,
		doNotFollow: { path: "node_modules" },
	},
};
