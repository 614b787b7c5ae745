/**
 * The headless Roblox emulation's control surface (test/emulation). It exists only when specs run
 * under Lune: game code must never reference it.
 */
declare const Emulation: EmulationApi;

type DataStoreBudgetCategory =
	| "StandardRead"
	| "StandardWrite"
	| "StandardRemove"
	| "StandardList"
	| "OrderedRead"
	| "OrderedWrite"
	| "OrderedRemove"
	| "OrderedList";

interface EmulationApi {
	/** Virtual Unix time in seconds (fractional). */
	readonly now: (this: void) => number;
	/** Lets `seconds` of virtual time pass; everything due in between runs. */
	readonly advance: (this: void, seconds: number) => void;
	/** A new experience: servers sharing empty DataStores, memory stores and messaging. */
	/**
	 * A new experience: servers sharing empty DataStores, memory stores and messaging. Every server of
	 * it has the same game.PlaceId and game.GameId (fixed plausible numbers unless given).
	 */
	readonly createWorld: (this: void, options?: { seed?: number; placeId?: number; gameId?: number }) => EmulatedWorld;
	readonly setFrameRate: (this: void, framesPerSecond: number) => void;
	/** The latest print/warn lines of every context, prefixed with the context's name. */
	readonly logs: (this: void) => string[];
	/** Errors raised in any thread since the last call (they do not fail a test by themselves). */
	readonly takeThreadErrors: (this: void) => string[];
	/** An example scenario of the repository, by its path ("scenarios/first-week-of-a-student.json"). */
	readonly readFile: (this: void, path: string) => string;
	/** The world the spec host runs in. */
	readonly world: EmulatedWorld;
	/** The server context the specs themselves run in. */
	readonly host: EmulatedServer;
	readonly DEFAULT_START_TIME: number;
}

interface EmulatedWorld {
	startServer(options?: {
		jobId?: string;
		placeId?: number;
		/** game.PrivateServerId: "" (default) for a public server. */
		privateServerId?: string;
		/**
		 * game.PrivateServerOwnerId: the owner's user id on a private server made from the experience
		 * page (needs privateServerId); 0 (default) on public and reserved servers.
		 */
		privateServerOwnerId?: number;
		/** Run the place's server Scripts (default true). */
		runScripts?: boolean;
		name?: string;
		/** RunService:IsStudio() is true on this server and its clients (default false); TeleportAsync raises there. */
		studio?: boolean;
	}): EmulatedServer;
	/** The servers that are running (a server that shut down or crashed is not). */
	runningServers(): EmulatedServer[];
	playerCount(): number;
	/** The server the user is on now; undefined while they travel between two servers, or offline. */
	serverOf(userId: number): EmulatedServer | undefined;
	/** The user's client on whichever server they are now (after a teleport, their new client). */
	clientOfUser(userId: number): EmulatedClient | undefined;
	/**
	 * Lets virtual time pass until the user is on a server and not travelling (a teleport landed), for
	 * at most `seconds` (30 by default); their client there, or undefined when they did not arrive.
	 */
	waitForArrival(userId: number, seconds?: number): EmulatedClient | undefined;
	/** A user's rank in a Roblox group, as every server sees it: 0 not a member (default), 255 the owner. */
	setGroupRank(userId: number, groupId: number, rank: number): void;
	/** The next `count` group web calls (Player:GetRankInGroup, IsInGroup and their Async names) raise an error. */
	failGroupCalls(count: number): void;
	setFriends(userA: number, userB: number): void;
	areFriends(userA: number, userB: number): boolean;
	setNetworkLatency(seconds: number): void;
	/** Stops every server at once, without BindToClose (end of a test). */
	destroy(): void;
	readonly dataStores: EmulatedDataStores;
	readonly memoryStores: { latency: number; counts: Record<string, number> };
	/**
	 * MessagingService of this world. `dropProbability` (writable, 0 by default) drops each delivery
	 * to a subscriber with that probability, as Roblox may: delivery is best effort; `dropped` counts them.
	 */
	readonly messaging: {
		deliveryDelay: number;
		dropProbability: number;
		readonly published: number;
		readonly delivered: number;
		readonly dropped: number;
	};
	readonly droppedPackets: number;
	/** Roblox badges of this experience; ownership is per world (every server sees the same). */
	readonly badges: EmulatedBadges;
	/** TextService's stand-in filter: hashes the words "badword", "darn" and "heck". */
	readonly textFilter: EmulatedTextFilter;
	/** TeleportService of this experience: reserved servers, players between servers, faults, the log. */
	readonly teleports: EmulatedTeleports;
	/** Group web calls that were made (a cached answer makes none). */
	readonly groups: { readonly calls: number };
	readonly placeId: number;
	readonly gameId: number;
}

/** A failing Enum.TeleportResult, by name. */
type EmulatedTeleportFailure =
	"Failure" | "Flooded" | "GameEnded" | "GameFull" | "GameNotFound" | "IsTeleporting" | "Unauthorized";

/** One player's teleport, as the world recorded it. */
interface EmulatedTeleportEntry {
	readonly userId: number;
	/** JobId of the server they left (or were to leave). */
	readonly from: string;
	/** JobId of the server they landed on, once they did. */
	readonly to?: string;
	readonly placeId: number;
	readonly accessCode?: string;
	readonly privateServerId?: string;
	/** Virtual time the teleport was asked for, and the time they joined the next server. */
	readonly at: number;
	readonly arrivedAt?: number;
	/** "Success", or the failure TeleportInitFailed reported. */
	readonly result: "Success" | EmulatedTeleportFailure;
	readonly message?: string;
	/** Why a teleport that started never landed (the target server ended while they travelled). */
	readonly lost?: string;
}

interface EmulatedTeleports {
	/**
	 * The next `count` TeleportAsync calls that would have succeeded fail with `result` ("Failure" by
	 * default): TeleportInitFailed fires for each of their players, who stay where they are.
	 */
	failNext(count: number, result?: EmulatedTeleportFailure): void;
	/** The next `count` TeleportAsync or ReserveServer calls raise an error (an HTTP 500), as a web call can. */
	failCalls(count: number): void;
	clearFaults(): void;
	/** Whether the user has left one server for another and not landed yet. */
	isTravelling(userId: number): boolean;
	/** Every ReserveServer reservation, with the JobId of its server while one runs. */
	reservedServers(): { accessCode: string; privateServerId: string; placeId: number; jobId?: string }[];
	/** Every player's teleport, in the order they were asked for. */
	readonly log: EmulatedTeleportEntry[];
	/** Virtual seconds between leaving a server and joining the next (1 by default); writable. */
	travelSeconds: number;
}

interface EmulatedBadges {
	/** A badge of this experience (enabled unless told); `ofThisGame: false` makes one AwardBadge refuses. */
	create(
		badgeId: number,
		info?: { name?: string; description?: string; enabled?: boolean; ofThisGame?: boolean },
	): void;
	/** The next `count` BadgeService requests fail. */
	failNext(count: number): void;
	/** Each BadgeService request fails with `probability` for the next `seconds` of virtual time. */
	failRequests(options: { probability?: number; seconds?: number }): void;
	clearFaults(): void;
	/** The badge ids a user owns, ascending. */
	owned(userId: number): number[];
	/** AwardBadge requests that reached the badge store (not the throttled or injected failures before it). */
	readonly awardCalls: number;
}

interface EmulatedTextFilter {
	/** The next `count` FilterStringAsync calls raise an error. */
	failNext(count: number): void;
	readonly calls: number;
}

interface EmulatedFault {
	/** Error code raised (default 502). */
	code?: number;
	/** Apply the request, then fail anyway ("a failed write may still have landed"). */
	landed?: boolean;
	/** Only these methods, e.g. ["UpdateAsync", "SetAsync"]; ordered ones are "OrderedSetAsync", ... */
	methods?: string[];
}

interface EmulatedDataStores {
	/** Each request fails with `probability` for the next `seconds` of virtual time. */
	failRequests(options: EmulatedFault & { probability?: number; seconds?: number }): void;
	/** The next `count` requests fail. */
	failNext(count: number, options?: EmulatedFault): void;
	clearFaults(): void;
	/** Virtual seconds every request takes. */
	setLatency(seconds: number): void;
	/** The stored value, read without making a request. */
	peek(name: string, key: string, scope?: string): unknown;
	peekOrdered(name: string, key: string, scope?: string): number | undefined;
	/** Writes a value directly (test setup), bypassing budgets. */
	poke(name: string, key: string, value: unknown, scope?: string): void;
	keys(name: string, scope?: string): string[];
	orderedKeys(name: string, scope?: string): string[];
	/** Requests by method ("GetAsync", "UpdateAsync", ...) and by budget category, for one server or all ("*"). */
	requestCounts(jobId?: string): Record<string, number>;
	/** Requests that waited on a per-key throughput limit. */
	readonly keyThrottled: number;
}

interface EmulatedServer {
	readonly game: DataModel;
	readonly jobId: string;
	readonly alive: boolean;
	/** Started with { studio: true }: RunService:IsStudio() is true here and on its clients. */
	readonly studio: boolean;
	readonly kicks: { userId: number; message: string; at: number }[];
	/** True when BindToClose callbacks were still running after 30 s at shutdown. */
	readonly closeTimedOut?: boolean;
	/** Set once shutdown() or crash() has begun: "closing", then "closed". */
	readonly shuttingDown?: "closing" | "closed";
	readonly dataStoreBudget: {
		drain(category?: DataStoreBudgetCategory): void;
		queueLengths(): Record<"Get" | "Set" | "OrderedGet" | "OrderedSet", number>;
	};
	/** Runs the place's server Scripts (done by startServer unless runScripts is false). */
	start(): EmulatedServer;
	/**
	 * A student joins; `country` is what LocalizationService reports for them ("US" by default);
	 * `joinData` is what their Player:GetJoinData() answers (a teleport sets it; a spec may give one
	 * to play an arrival from elsewhere), its TeleportData what their client's
	 * TeleportService:GetLocalPlayerTeleportData() answers.
	 */
	addPlayer(info: {
		userId: number;
		name?: string;
		displayName?: string;
		runScripts?: boolean;
		country?: string;
		joinData?: PlayerJoinInfo;
	}): EmulatedClient;
	removePlayer(userId: number): void;
	getPlayer(userId: number): Player | undefined;
	clientOf(userId: number): EmulatedClient | undefined;
	playerCount(): number;
	/** Players leave, BindToClose runs (at most 30 s), then the server stops. Yields. */
	shutdown(): void;
	/** The server dies at once: no BindToClose, nothing more runs. */
	crash(): void;
	requestCounts(): Record<string, number>;
	/** The whole requests of `category` this server may make right now. */
	budget(category: DataStoreBudgetCategory): number;
	/** Roblox's per-minute budget of a category for the server's player count now. */
	budgetPerMinute(category: DataStoreBudgetCategory): number;
	/** An instance by path, e.g. "ServerScriptService/TS/main". */
	find(path: string): Instance;
	/** Requires a ModuleScript of this server (its own copy, not the spec host's). */
	requireModule<T>(path: string): T;
}

interface EmulatedClient {
	readonly game: DataModel;
	readonly player: Player;
	readonly userId: number;
	readonly alive: boolean;
	playerGui(): PlayerGui;
	/**
	 * Sets the client's window: Workspace.CurrentCamera.ViewportSize, which its ScreenGuis cover
	 * (1920 x 1080 until set), and from then on lays its PlayerGui out once a frame, as Roblox's
	 * renderer does (AbsolutePosition, AbsoluteSize, AbsoluteContentSize, AbsoluteCanvasSize,
	 * TextBounds, TextFits). Clients without a window set are not laid out every frame (a pass is
	 * slow in Lune); layoutGui() lays any client out on demand.
	 */
	setViewportSize(width: number, height: number): void;
	/** Lays out the client's PlayerGui now, as its renderer does once a frame. */
	layoutGui(): void;
	/**
	 * The player clicks a button with the mouse: the cursor moves onto it (MouseEnter), then
	 * InputBegan, MouseButton1Down, UserInputService.InputBegan (gameProcessed true), InputEnded,
	 * MouseButton1Up, MouseButton1Click, Activated(input, 1), UserInputService.InputEnded.
	 * Throws, naming why, when the player could not click it: it or an ancestor has Visible = false,
	 * its ScreenGui (any LayerCollector) has Enabled = false, it is not in this client's PlayerGui,
	 * it has Interactable = false or Active = false (Roblox fires no Activated), or the client
	 * emulates a device without a mouse.
	 */
	click(button: GuiButton): void;
	/** A right click: MouseButton2Down / Up / Click and SecondaryActivated; refused as click is. */
	rightClick(button: GuiButton): void;
	/**
	 * A touch tap (the client must emulate a touch device, see setDevice): TouchStarted, InputBegan,
	 * the button's MouseButton1 events and Activated, TouchEnded, InputEnded, TouchTap.
	 */
	tap(gui: GuiObject): void;
	/** The mouse moves onto `gui`: MouseLeave on what it leaves, MouseEnter on it and its GuiObject ancestors. */
	hover(gui: GuiObject): void;
	/** The mouse leaves every object it was over. */
	unhover(): void;
	/**
	 * A key press: UserInputService.InputBegan then InputEnded (gameProcessedEvent as given, true
	 * while a TextBox is focused). With a TextBox focused, Return / KeypadEnter release its focus
	 * with FocusLost(true, input), Escape and Tab with FocusLost(false, input).
	 */
	pressKey(key: Enum.KeyCode | string, options?: { gameProcessed?: boolean }): void;
	/**
	 * The player focuses a TextBox (Focused fires; Text is cleared first when ClearTextOnFocus),
	 * types `text` one character at a time (each change fires the Text property signals at once),
	 * then presses Enter (`pressEnter`: FocusLost(true, input)), or clicks elsewhere
	 * (FocusLost(false, input)), or keeps the focus (`keepFocus`). Throws when the box is not
	 * reachable (as click), TextEditable = false or Interactable = false.
	 */
	typeInto(textBox: TextBox, text: string, options?: { pressEnter?: boolean; keepFocus?: boolean }): void;
	/**
	 * The device this client emulates, read by UserInputService.TouchEnabled / KeyboardEnabled /
	 * MouseEnabled / GamepadEnabled ("desktop" by default: keyboard and mouse).
	 */
	setDevice(
		device:
			| "desktop"
			| "laptop"
			| "phone"
			| "tablet"
			| "console"
			| { touch?: boolean; keyboard?: boolean; mouse?: boolean; gamepad?: boolean },
	): void;
	/** The TextBox that has this client's focus, as UserInputService:GetFocusedTextBox answers. */
	focusedTextBox(): TextBox | undefined;
	/** The client's copy of its character (a Model with HumanoidRootPart and Humanoid), once spawned. */
	character(): Model | undefined;
	/** Moves the character (its HumanoidRootPart) there; the client owns its physics, so the server sees it at once. */
	moveTo(position: Vector3): void;
	/**
	 * Presses a ProximityPrompt's key (the client's or the server's instance): when it is Enabled and
	 * within MaxActivationDistance of the character, fires Triggered(player) and
	 * ProximityPromptService.PromptTriggered on the server and returns true; otherwise nothing (false).
	 */
	triggerPrompt(prompt: ProximityPrompt): boolean;
	find(path: string): Instance;
	requireModule<T>(path: string): T;
}
