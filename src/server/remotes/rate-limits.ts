import { BucketLimit } from "./token-bucket";

/**
 * Requests a student's client may make, per remote and per player: `burst` at once, then
 * `perSecond`. Every remote also shares the player's ALL_REMOTES bucket, so a client cannot
 * spread a flood across remotes. Generous for play (a student answers a question every few
 * seconds at most), tight for a script.
 */
export const RATE_LIMITS = {
	GetView: { burst: 3, perSecond: 0.2 },
	StartActivity: { burst: 3, perSecond: 0.5 },
	AnswerQuestion: { burst: 5, perSecond: 2 },
	QuitActivity: { burst: 3, perSecond: 1 },
	// a board is read at most once per its update_frequency (cached), so tabs can be switched freely
	GetLeaderboard: { burst: 8, perSecond: 1 },
	EquipBadge: { burst: 10, perSecond: 2 },
	UnequipBadge: { burst: 10, perSecond: 2 },
	BuyBadge: { burst: 5, perSecond: 1 },
	SetShowcase: { burst: 5, perSecond: 1 },
	AssignQuest: { burst: 5, perSecond: 1 },
	AbandonQuest: { burst: 5, perSecond: 1 },
	RateQuest: { burst: 5, perSecond: 1 },
	Purchase: { burst: 5, perSecond: 1 },
	UseItem: { burst: 5, perSecond: 1 },
	Gift: { burst: 3, perSecond: 0.2 },
	Prestige: { burst: 2, perSecond: 0.1 },
	SetNotifications: { burst: 5, perSecond: 1 },
	SetPrivacy: { burst: 5, perSecond: 1 },
	BlockUser: { burst: 5, perSecond: 0.5 },
	UnblockUser: { burst: 5, perSecond: 0.5 },
	// the classroom: a code typed a few times, a live quiz answered once a question
	JoinClass: { burst: 5, perSecond: 0.5 },
	GetClass: { burst: 5, perSecond: 1 },
	AnswerLiveQuiz: { burst: 5, perSecond: 2 },
	// the teacher's console: clicks at a teacher's pace
	CreateClass: { burst: 3, perSecond: 0.1 },
	GetConsole: { burst: 5, perSecond: 1 },
	Award: { burst: 10, perSecond: 2 },
	Revoke: { burst: 10, perSecond: 2 },
	StartClassQuest: { burst: 5, perSecond: 1 },
	EndClassQuest: { burst: 5, perSecond: 1 },
	ResetBoard: { burst: 3, perSecond: 0.2 },
	Spotlight: { burst: 10, perSecond: 2 },
	SetFrozen: { burst: 10, perSecond: 2 },
	BringEveryone: { burst: 5, perSecond: 1 },
	SetLocked: { burst: 10, perSecond: 2 },
	NewJoinCode: { burst: 3, perSecond: 0.2 },
	Announce: { burst: 5, perSecond: 1 },
	SetNotificationsPaused: { burst: 10, perSecond: 2 },
	PreviewQuestions: { burst: 10, perSecond: 1 },
	SaveQuestionSet: { burst: 5, perSecond: 0.5 },
	StartQuiz: { burst: 5, perSecond: 1 },
	PauseQuiz: { burst: 10, perSecond: 2 },
	ResumeQuiz: { burst: 10, perSecond: 2 },
	SkipQuestion: { burst: 10, perSecond: 2 },
	RevealAnswer: { burst: 10, perSecond: 2 },
	NextQuestion: { burst: 10, perSecond: 2 },
	EndQuiz: { burst: 5, perSecond: 1 },
	GetReport: { burst: 5, perSecond: 0.5 },
} as const satisfies Record<string, BucketLimit>;

/** The remotes of shared/remotes' Class namespace (everyone's) and Teacher namespace; the rest are a student's. */
export const CLASS_REMOTES = ["JoinClass", "GetClass", "AnswerLiveQuiz"] as const;
export const TEACHER_REMOTES = [
	"CreateClass",
	"GetConsole",
	"Award",
	"Revoke",
	"StartClassQuest",
	"EndClassQuest",
	"ResetBoard",
	"Spotlight",
	"SetFrozen",
	"BringEveryone",
	"SetLocked",
	"NewJoinCode",
	"Announce",
	"SetNotificationsPaused",
	"PreviewQuestions",
	"SaveQuestionSet",
	"StartQuiz",
	"PauseQuiz",
	"ResumeQuiz",
	"SkipQuestion",
	"RevealAnswer",
	"NextQuestion",
	"EndQuiz",
	"GetReport",
] as const;

export function namespaceOf(remote: string): "Student" | "Class" | "Teacher" {
	if ((CLASS_REMOTES as readonly string[]).includes(remote)) return "Class";
	if ((TEACHER_REMOTES as readonly string[]).includes(remote)) return "Teacher";
	return "Student";
}

export type LimitedRemote = keyof typeof RATE_LIMITS;

/** Every request of a player, whichever remote it comes by. */
export const ALL_REMOTES: BucketLimit = { burst: 30, perSecond: 10 };

export const RATE_LIMITED = "too many requests: wait a moment and try again";
