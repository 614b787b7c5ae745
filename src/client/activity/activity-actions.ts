/** What the activity panel's buttons ask for; the controller sends them to the server. */
export interface ActivityActions {
	readonly onAnswer: (answer: unknown) => void;
	readonly onTurnPage: () => void;
	readonly onGoOn: () => void;
	readonly onQuit: () => void;
	readonly onPick: (index: number) => void;
	readonly onClearPicks: () => void;
	readonly onDraft: (text: string) => void;
}
