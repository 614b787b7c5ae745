import type RoactModule from "@rbxts/roact";
import type * as AppModule from "client/app";
import type * as RemotesModule from "shared/remotes";
import { StudentView } from "shared/view/student-view";
import type { ViewMessage } from "shared/remotes";
import { findPath, waitUntil, withWorld } from "../helpers/world";

const ROACT = "ReplicatedStorage/rbxts_include/node_modules/@rbxts/roact/src";

export = () => {
	describe("between a server and a simulated client", () => {
		it("round-trips a @rbxts/net remote", () =>
			withWorld((world) => {
				const server = world.startServer();
				const client = server.addPlayer({ userId: 7, name: "eve", displayName: "Eve", runScripts: false });
				const { Remotes } = client.requireModule<typeof RemotesModule>("ReplicatedStorage/TS/remotes");
				let message: ViewMessage | undefined;
				let early: string | undefined;
				expect(
					waitUntil(() => {
						const reply = Remotes.Client.GetNamespace("Student").Get("GetView").CallServerAsync().expect();
						if (!reply.ok && early === undefined) early = reply.reason;
						message = reply.ok ? reply.message : undefined;
						return message !== undefined;
					}),
				).to.equal(true);
				// asked before the profile had loaded, the server said why rather than nothing
				if (early !== undefined) expect(early.find("loading")[0] !== undefined).to.equal(true);
				expect(message!.view.user_id).to.equal("7");
				expect(message!.view.display_name).to.equal("Eve");
				expect(message!.view.level).to.equal(1);
			}));

		it("shows the student's HUD, filled by the server, in their PlayerGui", () =>
			withWorld((world) => {
				const server = world.startServer();
				const client = server.addPlayer({ userId: 8, name: "finn", displayName: "Finn" });
				const label = () =>
					client.playerGui().FindFirstChild("ClassQuest")?.FindFirstChild("Hud")?.FindFirstChild("Name");
				expect(waitUntil(() => label() !== undefined)).to.equal(true);
				expect((label() as TextLabel).Text).to.equal("Finn");
				const level = findPath(client.playerGui(), "ClassQuest", "Hud", "Level") as TextLabel;
				expect(level.Text).to.equal("Level 1 · 0/100 XP");
			}));

		it("mounts a Roact tree into a PlayerGui whose instances can be inspected", () =>
			withWorld((world) => {
				const server = world.startServer({ runScripts: false });
				const client = server.addPlayer({ userId: 9, name: "gus", runScripts: false });
				const Roact = client.requireModule<typeof RoactModule>(ROACT);
				const { App } = client.requireModule<typeof AppModule>(`Players/gus/PlayerScripts/TS/app`);
				const view: StudentView = {
					user_id: "9",
					display_name: "Gus",
					title: "",
					titles_earned: [],
					avatar_frame: "",
					level: 4,
					prestige: 0,
					current_xp: 520,
					total_xp: 520,
					level_progress: { current_level_xp: 45, next_level_xp: 337, progress_percentage: 13.35 },
					currency: { coins: 12, gems: 0, tokens: 0 },
					streak: { current: 3, best: 3 },
					stats: {
						activities_completed: 0,
						lessons_completed: 0,
						quizzes_perfect: 0,
						total_study_time: 0,
						accuracy_rate: 0,
						mastery_score: 0,
						helps_given: 0,
						login_days: 1,
					},
					achievements: {},
					hidden_achievements: 0,
					revealed_achievements: {},
					achievement_points: 0,
					showcase: [],
					badges: {},
					badges_equipped: [],
					quests: {},
					quest_board: {},
					items: [],
					xp_today: {},
					settings: {
						notifications: { achievements: true, level_up: true, friend_activity: true, challenges: true },
						privacy: {
							show_profile: false,
							show_stats: false,
							allow_challenges: true,
							allow_friend_requests: false,
						},
					},
					blocked: [],
				};
				const tree = Roact.mount(Roact.createElement(App, { view }), client.playerGui(), "ClassQuest");
				const gui = findPath(client.playerGui(), "ClassQuest") as ScreenGui;
				expect(gui.ClassName).to.equal("ScreenGui");
				expect((findPath(gui, "Hud", "Level") as TextLabel).Text).to.equal("Level 4 · 45/337 XP");
				expect((findPath(gui, "Hud", "Coins") as TextLabel).Text).to.equal("12 coins");
				const fill = findPath(gui, "Hud", "XpBar", "Fill") as Frame;
				// UDim scales are 32-bit floats, on Roblox as here
				expect(math.abs(fill.Size.X.Scale - 0.1335) < 1e-6).to.equal(true);
				Roact.unmount(tree);
				expect(client.playerGui().FindFirstChild("ClassQuest")).to.equal(undefined);
			}));
	});
};
