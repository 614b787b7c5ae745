/** The counters a `metric` event may move (social and engagement stats of the profile). */
export const DEFAULT_METRICS = {
	helps_given: { stat: "helps_given", mode: "add" },
	helps_received: { stat: "helps_received", mode: "add" },
	challenges_won: { stat: "challenges_won", mode: "add" },
	challenges_total: { stat: "challenges_total", mode: "add" },
	content_created: { stat: "content_created", mode: "add" },
	content_shared: { stat: "content_shared", mode: "add" },
	friends_count: { stat: "friends_count", mode: "set" },
};
