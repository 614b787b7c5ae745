import { useEffect, useState } from "@rbxts/roact-hooked";
import { Workspace } from "@rbxts/services";

/**
 * The server's time (Workspace:GetServerTimeNow, the clock `closes_at` is on), read again every
 * second until `closesAt` has passed: what a quiz question's countdown shows. Nothing ticks once the
 * question has closed (or without one), so a forgotten panel costs nothing. The server decides
 * when a question closes; this only shows how long is left.
 */
export function useServerNow(closesAt: number | undefined): number {
	const [now, setNow] = useState(() => Workspace.GetServerTimeNow());
	useEffect(() => {
		if (closesAt === undefined) return;
		setNow(Workspace.GetServerTimeNow());
		let running = true;
		task.spawn(() => {
			while (running && Workspace.GetServerTimeNow() < closesAt + 1) {
				task.wait(1);
				if (running) setNow(Workspace.GetServerTimeNow());
			}
		});
		return () => {
			running = false;
		};
	}, [closesAt]);
	return now;
}
