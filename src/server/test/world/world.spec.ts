import { getServerCatalog } from "server/catalog/server-catalog";
import { WALL_REFRESH_INTERVAL } from "server/world/leaderboard-wall";
import { withWorld, waitUntil } from "../helpers/world";
import { A_LESSON, joinAndLoad, liveProfile, servicesOf } from "../helpers/server";

const SUBJECTS = ["computing", "geography", "history", "math", "reading", "science"];

function tagged(server: EmulatedServer, tag: string): Instance[] {
	return server.game.GetDescendants().filter((instance) => instance.HasTag(tag));
}

function rootOf(server: EmulatedServer, userId: number): BasePart {
	return server.getPlayer(userId)!.Character!.FindFirstChild("HumanoidRootPart") as BasePart;
}

/** A point `distance` studs from the station of `subject`, on the side of the spawn. */
function nearStation(server: EmulatedServer, subject: string, distance: number): Vector3 {
	const part = servicesOf(server).stations.stationOf(subject)!.part;
	const at = part.CFrame.Position;
	const towardSpawn = new Vector3(-at.X, 0, -at.Z).Unit;
	return new Vector3(at.X, 3, at.Z).add(towardSpawn.mul(distance));
}

/** The default badge a student's first lesson earns (through the achievement first_lesson). */
const FIRST_BADGE = "first_steps";
const ROBLOX_BADGE = 2_000_001;

export = () => {
	describe("ClassQuest world", () => {
		describe("the world in the built place", () => {
			it("has one tagged station with a Start prompt per subject, a quest board, a shop counter and a leaderboard wall", () =>
				withWorld((world) => {
					const server = world.startServer();
					expect(servicesOf(server).stations.subjects().join(",")).to.equal(SUBJECTS.join(","));
					const stations = tagged(server, "LearningStation");
					expect(stations.size()).to.equal(SUBJECTS.size());
					for (const subject of SUBJECTS) {
						const prompt = servicesOf(server).stations.stationOf(subject)!.prompt;
						expect(prompt.ActionText).to.equal("Start");
						expect(prompt.MaxActivationDistance).to.equal(10);
						expect(prompt.HoldDuration).to.equal(0);
					}
					expect(tagged(server, "QuestBoard").size()).to.equal(1);
					expect(tagged(server, "ShopCounter").size()).to.equal(1);
					const walls = tagged(server, "LeaderboardWall");
					expect(walls.size()).to.equal(1);
					expect(walls[0].GetAttribute("Board")).to.equal("all_time_xp_global");
				}));
		});

		describe("characters and station prompts", () => {
			it("a joining student spawns at the spawn; the client moves them and the server sees it", () =>
				withWorld((world) => {
					const server = world.startServer();
					const client = server.addPlayer({ userId: 5101, name: "ana" });
					const character = server.getPlayer(5101)!.Character!;
					expect(character.Name).to.equal("ana");
					expect(character.Parent).to.equal(server.game.GetService("Workspace"));
					expect(character.FindFirstChildOfClass("Humanoid")).to.be.ok();
					const spawn = rootOf(server, 5101).CFrame.Position;
					expect(math.abs(spawn.X) + math.abs(spawn.Z) < 0.01).to.equal(true);
					expect(client.character()).to.be.ok();
					client.moveTo(new Vector3(12, 3, -7));
					expect(rootOf(server, 5101).CFrame.Position.X).to.equal(12);
					// a teleport by the server reaches the client
					rootOf(server, 5101).CFrame = new CFrame(0, 3, 20);
					Emulation.advance(0.1);
					const seen = (client.character()!.FindFirstChild("HumanoidRootPart") as BasePart).CFrame.Position;
					expect(seen.Z).to.equal(20);
				}));

			it("a prompt fires Triggered on the server only within its reach, and stationNear agrees", () =>
				withWorld((world) => {
					const server = world.startServer();
					const client = server.addPlayer({ userId: 5102 });
					const stations = servicesOf(server).stations;
					const heard = new Array<string>();
					stations.onStationTriggered((player, subject) => heard.push(`${player.UserId}:${subject}`));
					const prompt = stations.stationOf("math")!.prompt;
					client.moveTo(nearStation(server, "math", 25));
					expect(client.triggerPrompt(prompt)).to.equal(false);
					expect(stations.stationNear(server.getPlayer(5102)!, "math")).to.equal(false);
					client.moveTo(nearStation(server, "math", 6));
					expect(stations.stationNear(server.getPlayer(5102)!, "math")).to.equal(true);
					expect(stations.stationNear(server.getPlayer(5102)!, "science")).to.equal(false);
					expect(client.triggerPrompt(prompt)).to.equal(true);
					expect(heard.join(",")).to.equal("5102:math");
					prompt.Enabled = false;
					expect(client.triggerPrompt(prompt)).to.equal(false);
					expect(heard.size()).to.equal(1);
				}));
		});

		describe("leaderstats and the leaderboard wall", () => {
			it("leaderstats show Level and XP and follow the student's XP", () =>
				withWorld((world) => {
					const server = world.startServer();
					joinAndLoad(world, server, 5201);
					const stats = server.getPlayer(5201)!.FindFirstChild("leaderstats")!;
					const xp = stats.FindFirstChild("XP") as IntValue;
					const level = stats.FindFirstChild("Level") as IntValue;
					expect(level.Value).to.equal(liveProfile(server, 5201).experience.level);
					const before = xp.Value;
					servicesOf(server).pipeline.submit(5201, A_LESSON);
					expect(xp.Value > before).to.equal(true);
					expect(xp.Value).to.equal(liveProfile(server, 5201).experience.total_xp);
				}));

			it("the wall lists the public students who scored, not the private one", () =>
				withWorld((world) => {
					const server = world.startServer();
					for (const userId of [5301, 5302, 5303]) joinAndLoad(world, server, userId);
					for (const userId of [5301, 5302]) {
						const privacy = liveProfile(server, userId).settings.privacy;
						privacy.show_profile = true;
						privacy.show_stats = true;
					}
					servicesOf(server).pipeline.submit(5301, A_LESSON);
					servicesOf(server).pipeline.submit(5302, A_LESSON);
					servicesOf(server).pipeline.submit(5302, A_LESSON);
					servicesOf(server).pipeline.submit(5303, A_LESSON);
					// the board's read cache (update_frequency), then the wall's own refresh timer
					const cache = getServerCatalog().leaderboards.get("all_time_xp_global")!.display.update_frequency;
					Emulation.advance(cache + WALL_REFRESH_INTERVAL + 10);
					const rows = tagged(server, "LeaderboardWall")[0].FindFirstChild("Rows", true)!;
					const row1 = (rows.FindFirstChild("Row1") as TextLabel).Text;
					const row2 = (rows.FindFirstChild("Row2") as TextLabel).Text;
					const row3 = (rows.FindFirstChild("Row3") as TextLabel).Text;
					expect(row1.find("1. student5302")[0]).to.be.ok();
					expect(row2.find("2. student5301")[0]).to.be.ok();
					expect(row3).to.equal("");
				}));
		});

		describe("Roblox badges for catalog badges", () => {
			it("awards the linked Roblox badge once, after injected failures", () =>
				withWorld((world) => {
					world.badges.create(ROBLOX_BADGE, { name: "First Steps" });
					const server = world.startServer();
					servicesOf(server).robloxBadges.link(FIRST_BADGE, ROBLOX_BADGE);
					joinAndLoad(world, server, 5401);
					world.badges.failNext(3);
					servicesOf(server).pipeline.submit(5401, A_LESSON);
					expect(waitUntil(() => world.badges.owned(5401).size() > 0, 120)).to.equal(true);
					Emulation.advance(120);
					expect(world.badges.owned(5401).join(",")).to.equal(`${ROBLOX_BADGE}`);
					expect(world.badges.awardCalls).to.equal(1);
				}));

			it("reconciles on the next join when every try failed, and never awards twice across servers", () =>
				withWorld((world) => {
					world.badges.create(ROBLOX_BADGE, { name: "First Steps" });
					const first = world.startServer({ jobId: "first" });
					servicesOf(first).robloxBadges.link(FIRST_BADGE, ROBLOX_BADGE);
					joinAndLoad(world, first, 5402);
					world.badges.failRequests({ probability: 1, seconds: 600 });
					servicesOf(first).pipeline.submit(5402, A_LESSON);
					Emulation.advance(300);
					expect(world.badges.owned(5402).size()).to.equal(0);
					expect(servicesOf(first).robloxBadges.pending()).to.equal(0);
					first.removePlayer(5402);
					Emulation.advance(400);
					world.badges.clearFaults();
					const second = world.startServer({ jobId: "second" });
					servicesOf(second).robloxBadges.link(FIRST_BADGE, ROBLOX_BADGE);
					joinAndLoad(world, second, 5402, 600);
					expect(waitUntil(() => world.badges.owned(5402).size() > 0, 120)).to.equal(true);
					second.removePlayer(5402);
					Emulation.advance(60);
					const third = world.startServer({ jobId: "third" });
					servicesOf(third).robloxBadges.link(FIRST_BADGE, ROBLOX_BADGE);
					joinAndLoad(world, third, 5402, 600);
					Emulation.advance(60);
					expect(world.badges.owned(5402).join(",")).to.equal(`${ROBLOX_BADGE}`);
					expect(world.badges.awardCalls).to.equal(1);
				}));
		});

		describe("the text filter", () => {
			it("hashes the blocklisted words and shows nothing when filtering fails", () =>
				withWorld((world) => {
					const server = world.startServer();
					joinAndLoad(world, server, 5501);
					joinAndLoad(world, server, 5502);
					const text = server.requireModule<typeof import("server/text/text-filter")>(
						"ServerScriptService/TS/text/text-filter",
					);
					expect(text.filterForBroadcast("Oh HECK, a darn good badword answer", 5501)).to.equal(
						"Oh ####, a #### good ####### answer",
					);
					expect(text.filterForUser("heck yes", 5501, 5502)).to.equal("#### yes");
					world.textFilter.failNext(1);
					expect(text.filterForBroadcast("fine text", 5501)).to.equal(undefined);
					expect(text.filterForBroadcast("x".rep(2001), 5501)).to.equal(undefined);
					expect(text.filterForBroadcast("fine text", 5501)).to.equal("fine text");
				}));
		});
	});
};
