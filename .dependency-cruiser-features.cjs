// The second pass of `npm run lint`: the domain's feature folders (achievements, badges, quests,
// leaderboards, rewards, progression, ...) import each other in one direction only.
//
// It needs its own pass because dependency-cruiser computes folder cycles over the whole graph, and
// the domain's root holds both the bottom (events.ts, effects.ts, context.ts that every feature
// imports) and the top (index.ts, process-event.ts that import every feature): through the root,
// every pair of features would look circular. So this pass leaves the root's files out; the main
// config (.dependency-cruiser.cjs) checks how the root's files and the features import each other.
const main = require("./.dependency-cruiser.cjs");

module.exports = {
	forbidden: [
		{
			name: "domain-feature-folders-acyclic",
			comment:
				"A feature folder that imports a folder importing it back (achievements <-> badges, quests, " +
				"leaderboards, as it was) is one feature split across two places: neither can be read or " +
				"changed alone. Move the shared code below both, or the code driving both above them (as " +
				"domain/reactions drives achievements, badges, quests and leaderboards).",
			severity: "error",
			scope: "folder",
			from: { path: "^src/shared/domain/[^/]+$" },
			to: { circular: true },
		},
	],
	options: {
		...main.options,
		exclude: { path: "^src/shared/domain/[^/]+\\.ts$" },
	},
};
