import { useEffect, useState } from "@rbxts/roact-hooked";
import { Workspace } from "@rbxts/services";

/**
 * The server's time (Workspace:GetServerTimeNow, the clock `closes_at` is on), read again every
 * second while `ticking`: what a quiz question's countdown shows. The server decides when a
 * question closes; this only shows how long is left.
 */
export function useServerNow(ticking: boolean): number {
	const [now, setNow] = useState(() => Workspace.GetServerTimeNow());
	useEffect(() => {
		if (!ticking) return;
		setNow(Workspace.GetServerTimeNow());
		let running = true;
		task.spawn(() => {
			while (running) {
				task.wait(1);
				if (running) setNow(Workspace.GetServerTimeNow());
			}
		});
		return () => {
			running = false;
		};
	}, [ticking]);
	return now;
}
