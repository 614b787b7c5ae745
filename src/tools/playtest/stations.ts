/**
 * A learning station of a server's world, found by its tag as the server finds it. Runners and
 * specs read the server's world directly: the spec host's own CollectionService is not the
 * server's, so the tagged instances are looked up among the Workspace's descendants.
 */
export function stationOf(server: EmulatedServer, subject: string): Instance {
	for (const instance of server.game.GetService("Workspace").GetDescendants()) {
		if (instance.HasTag("LearningStation") && instance.GetAttribute("Subject") === subject) return instance;
	}
	error(`the world has no ${subject} station`);
}

/** The station's part, whose position its prompt's reach is measured from. */
export function stationPartOf(server: EmulatedServer, subject: string): BasePart {
	const station = stationOf(server, subject);
	return (station.IsA("Model") ? station.PrimaryPart : station) as BasePart;
}
