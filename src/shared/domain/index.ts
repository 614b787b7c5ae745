/**
 * The domain's one entry file: what code outside the domain (the server, the client, the host, the
 * scenario runner, the remotes) may use. The folders behind it are free to move; nothing inside
 * the domain imports this file (dependency-cruiser checks that in `npm run lint`).
 */

// The rules: an event or a gift in, the new profiles and their effects out.
export { processEvent, processOwnedEvent } from "./process-event";
export type { ProcessResult } from "./process-event";
export { processGift } from "./process-gift";
export type { GiftResult } from "./process-gift";
export { nextDueTime } from "./timers";

// The one check of every event kind: what a scenario file, a teacher or a client may send.
export { describeValue, readGameEvent, readStudentAction, refusalText, STUDENT_ACTION_KINDS } from "./event-schema";
export type {
	AnyEvent,
	EventKind,
	EventRead,
	EventRefusal,
	ReadOptions,
	StudentAction,
	StudentActionKind,
} from "./event-schema";
export * from "./event-schema/limits";

// What a rule is given and what it says back.
export type {
	ActivityPerformance,
	GameEvent,
	GameEventKind,
	GiftEvent,
	NotificationChoices,
	PrivacyChoices,
} from "./events";
export { rejected } from "./effects";
export type { CosmeticSlot, Currency, Effect, EffectKind } from "./effects";
export { memoryStockLedger } from "./context";
export type { DomainContext, StockLedger } from "./context";
export { Rng } from "./rng";

// The profile: its shape, a new one, a saved one loaded and repaired, the client's view of it.
export { createDefaultProfile, MAX_BLOCKED_USERS, PROFILE_SCHEMA_VERSION } from "./profile/player-profile";
export type { FairPlayRecord, PlayerProfile } from "./profile/player-profile";
export { loadProfile } from "./profile/profile-repair";
export { checkForSave } from "./profile/save-check";
export type { LoadResult } from "./profile/profile-repair";
export type { AchievementView } from "./profile/achievement-view";
export { visibleAchievements } from "./profile/achievement-view";
export { questBoard } from "./quests/quest-view";
export type { QuestView } from "./quests/quest-view";

// Fair play: how fast a question can be answered (the server counts rushed answers), and what the fair-play and settings effects mean in words.
export { plausibleAnswerTime } from "./fair-play/answer-time";
export type { ReadingPace } from "./fair-play/answer-time";
export { fairPlayText } from "./fair-play/fair-play-text";
export { hasBlocked } from "./social/blocking";

// Achievement, badge and quest statistics, folded from effects and merged across servers.
export { emptyStatistics, forgetUser, mergeStatistics, recordStatistics } from "./achievements/achievement-statistics";
export type {
	AchievementStatistics,
	BadgeStatistics,
	GameStatistics,
	QuestStatistics,
} from "./achievements/achievement-statistics";

// Leaderboards: periods, who may appear, ranking, prizes and archives (the boards themselves are stored by hosts).
export { periodEnd, periodKey, periodStart } from "./leaderboards/periods";
export { mayAppear, scopeGroup } from "./leaderboards/eligibility";
export { groupCounts } from "./leaderboards/class-size";
export {
	archiveRecord,
	boardStatistics,
	churnRate,
	friendsView,
	movement,
	nearby,
	prizeEvent,
	prizes,
	rankEntries,
} from "./leaderboards/ranking";
export type { BoardEntry, BoardStatistics, Movement, Prize } from "./leaderboards/ranking";
export { MAX_EXACT_SCORE, SCORE_SCALE, TIE_RANGE } from "./leaderboards/scores";

// Numbers and dates as the rules count them, for parsers that must agree with the rules.
export { isFiniteNumber, isWholeNumber, utcDay } from "./numbers";
export { civilFromDays, daysFromCivil } from "./calendar";
