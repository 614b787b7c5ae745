import { Workspace } from "@rbxts/services";

/** Calls back with the viewport's size now and whenever it changes (a phone turned, a window resized). */
export function watchViewport(onSize: (size: Vector2) => void) {
	let watching: RBXScriptConnection | undefined;
	const follow = () => {
		watching?.Disconnect();
		const camera = Workspace.CurrentCamera;
		if (camera === undefined) return;
		onSize(camera.ViewportSize);
		watching = camera.GetPropertyChangedSignal("ViewportSize").Connect(() => onSize(camera.ViewportSize));
	};
	follow();
	Workspace.GetPropertyChangedSignal("CurrentCamera").Connect(follow);
}
