/** The text-bearing GUI objects under `root`, in tree order. */
export function textObjects(root: Instance): (TextLabel | TextButton | TextBox)[] {
	const found = new Array<TextLabel | TextButton | TextBox>();
	for (const descendant of root.GetDescendants()) {
		if (descendant.IsA("TextLabel") || descendant.IsA("TextButton") || descendant.IsA("TextBox")) {
			found.push(descendant);
		}
	}
	return found;
}

/** The first text object whose Text is `text` (or starts with it, when `prefix`). */
export function findText(root: Instance, text: string, prefix = false) {
	return textObjects(root).find((object) =>
		prefix ? object.Text.sub(1, text.size()) === text : object.Text === text,
	);
}

/** The first button whose Text is `text`, or starts with it when `prefix`. */
export function findButton(root: Instance, text: string, prefix = false): TextButton | undefined {
	const found = findText(root, text, prefix);
	return found !== undefined && found.IsA("TextButton") ? found : undefined;
}

/** Whether an object and all its GUI ancestors are Visible (what a player could see or click). */
export function isShown(object: GuiObject): boolean {
	let current: Instance | undefined = object;
	while (current !== undefined) {
		if (current.IsA("GuiObject") && !current.Visible) return false;
		if (current.IsA("ScreenGui") && !current.Enabled) return false;
		current = current.Parent;
	}
	return true;
}
