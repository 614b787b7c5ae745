import { Players } from "@rbxts/services";
import { getServerCatalog } from "server/catalog/server-catalog";
import { ActivityService } from "./activities/activity-service";
import { RunningClassroom, startClassroom } from "./classroom/start-classroom";
import { getDefaultContent } from "./content/default-content";
import { RewardStock } from "./economy/reward-stock";
import { EventPipeline } from "./events/event-pipeline";
import { LeaderboardService } from "./leaderboards/leaderboard-service";
import { DataStoreGateway } from "./persistence/data-store-gateway";
import { PlayerProfileStore } from "./persistence/player-profile-store";
import { PlayerSessions } from "./players/player-sessions";
import { Erasure } from "./privacy/erasure";
import { serveActivityRemotes, serveStationPrompts } from "./remotes/activity-remotes";
import { RefusalLog } from "./remotes/refusal-log";
import { RemoteGuard } from "./remotes/remote-guard";
import { serveLeaderboardRemote } from "./remotes/leaderboard-remote";
import { serveStudentActions } from "./remotes/student-actions";
import { RobloxBadges } from "./roblox/roblox-badges";
import { StatisticsService } from "./statistics/statistics-service";
import { ViewSync } from "./sync/view-sync";
import { LiveTime } from "./time/live-time";
import { LeaderboardWall } from "./world/leaderboard-wall";
import { Leaderstats } from "./world/leaderstats";
import { StationDirectory } from "./world/station-directory";

export interface RunningServer {
	readonly sessions: PlayerSessions;
	readonly pipeline: EventPipeline;
	readonly store: PlayerProfileStore;
	readonly erasure: Erasure;
	readonly statistics: StatisticsService;
	readonly leaderboards: LeaderboardService;
	readonly guard: RemoteGuard;
	readonly sync: ViewSync;
	readonly stations: StationDirectory;
	readonly activities: ActivityService;
	readonly leaderboardWall: LeaderboardWall;
	readonly robloxBadges: RobloxBadges;
	readonly classroom: RunningClassroom;
}

let running: RunningServer | undefined;

/** The composition root: builds every server service with its dependencies and starts them once. */
export function startServer(): RunningServer {
	const catalog = getServerCatalog();
	const store = new PlayerProfileStore();
	const sessions = new PlayerSessions(store);
	const gateway = new DataStoreGateway();
	const leaderboards = new LeaderboardService(catalog, sessions, gateway, game.JobId);
	const pipeline = new EventPipeline(sessions, store, catalog, new RewardStock(catalog, gateway), leaderboards);
	// lifecycle hooks run in this order: join and leave first, so that whatever reads the profile
	// on leave (the leaderboard flush) sees the student's last state, then the views
	pipeline.start();
	leaderboards.start((callback) => game.BindToClose(callback));

	// what students ask for: every remote through one guard (rate limits, refusal log)
	const guard = new RemoteGuard(new RefusalLog());
	sessions.onLeft((player) => guard.forget(player));
	const sync = new ViewSync(sessions, catalog);
	sync.start(pipeline, guard);
	serveStudentActions(guard, sessions, pipeline, catalog);
	serveLeaderboardRemote(guard, sessions, leaderboards, catalog);
	const stations = new StationDirectory();
	stations.start();
	const activities = new ActivityService(sessions, pipeline, catalog, getDefaultContent(), (player, subject) =>
		stations.stationNear(player, subject),
	);
	activities.start();
	serveActivityRemotes(guard, activities);
	serveStationPrompts(guard, stations, activities);

	// the classroom: classes created and joined in the hub, run on their reserved servers
	const classroom = startClassroom({
		guard,
		sessions,
		pipeline,
		leaderboards,
		activities,
		sync,
		gateway,
		catalog,
		content: getDefaultContent(),
		bindToClose: (callback) => game.BindToClose(callback),
	});

	const statistics = new StatisticsService(gateway, pipeline.host);
	statistics.start((callback) => game.BindToClose(callback));
	new LiveTime(pipeline.host).start();

	// what Roblox shows of the game: the player list, Roblox badges, the world's leaderboard wall
	const leaderstats = new Leaderstats();
	sessions.onLoaded((player, session) => leaderstats.show(player, session.data()));
	pipeline.onEffects((userId) => {
		const player = Players.GetPlayerByUserId(userId);
		if (player !== undefined) leaderstats.showUser(userId, sessions.profileOf(player));
	});
	const robloxBadges = new RobloxBadges(catalog);
	pipeline.onEffects((userId, effects) => robloxBadges.onEffects(userId, effects));
	sessions.onLoaded((player, session) => robloxBadges.reconcile(player.UserId, session.data()));
	const leaderboardWall = new LeaderboardWall(catalog, leaderboards);
	pipeline.onEffects((_, effects) => leaderboardWall.onEffects(effects));
	leaderboardWall.start();

	sessions.start();
	const erasure = new Erasure(store);
	erasure.register((userId) => statistics.forget(userId));
	erasure.register((userId) => leaderboards.forget(userId));
	running = {
		sessions,
		pipeline,
		store,
		erasure,
		statistics,
		leaderboards,
		guard,
		sync,
		stations,
		activities,
		leaderboardWall,
		robloxBadges,
		classroom,
	};
	return running;
}

/** The services of this server once started (for tools and specs that drive a running server). */
export function runningServer(): RunningServer | undefined {
	return running;
}
