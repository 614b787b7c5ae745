import { ActivityStart, ActivitySummary, Feedback } from "shared/activity-protocol";
import { QuestionView } from "shared/content";
import { Remotes } from "shared/remotes";

/** Where the student is in an activity, as the panel shows it. */
export interface ActivityState {
	readonly start: ActivityStart;
	/** Lesson pages still to read before the first question (0 once read). */
	readonly page: number;
	readonly number: number;
	readonly question: QuestionView;
	/** The feedback on the last answer, until the student goes on. */
	readonly feedback?: Feedback;
	/** The question after the feedback, if any. */
	readonly next?: { readonly number: number; readonly question: QuestionView };
	readonly summary?: ActivitySummary;
	/** The server's refusal of the last request, in its words. */
	readonly problem?: string;
	readonly waiting: boolean;
	/** Ordering: the items' indices in the order the student has clicked them so far. */
	readonly picked: readonly number[];
	/** Typed and numeric: what is in the text box. */
	readonly draft: string;
}

type Listener = (state: ActivityState | undefined) => void;

/**
 * The activity the student is doing: started by a station's prompt (the server sends the first
 * question), answered through AnswerQuestion one question at a time. The client holds no answer
 * and decides nothing: it shows what the server sent and sends what the student chose.
 */
export class ActivityController {
	private state: ActivityState | undefined;
	private readonly listeners = new Array<Listener>();
	private readonly refusedListeners = new Array<(reason: string) => void>();

	public start() {
		Remotes.Client.GetNamespace("Notifications")
			.Get("StationRefused")
			.Connect((reason) => {
				for (const listener of this.refusedListeners) listener(reason);
			});
		Remotes.Client.GetNamespace("Notifications")
			.Get("ActivityStarted")
			.Connect((start) =>
				this.set({
					start,
					page: start.pages !== undefined ? 1 : 0,
					number: start.number,
					question: start.question,
					waiting: false,
					picked: [],
					draft: "",
				}),
			);
	}

	public current() {
		return this.state;
	}

	public onChanged(listener: Listener) {
		this.listeners.push(listener);
	}

	/** Why a station's prompt started nothing, in the server's words. */
	public onRefused(listener: (reason: string) => void) {
		this.refusedListeners.push(listener);
	}

	/** The next lesson page, or the first question after the last page. */
	public turnPage() {
		const state = this.state;
		if (state === undefined || state.page === 0) return;
		const pages = state.start.pages?.size() ?? 0;
		this.set({ ...state, page: state.page < pages ? state.page + 1 : 0 });
	}

	/** Ordering: the student clicked an item; it takes the next place. */
	public pick(index: number) {
		const state = this.state;
		if (state === undefined || state.picked.includes(index)) return;
		this.set({ ...state, picked: [...state.picked, index] });
	}

	public clearPicks() {
		if (this.state !== undefined) this.set({ ...this.state, picked: [] });
	}

	public setDraft(text: string) {
		if (this.state !== undefined && this.state.draft !== text) this.set({ ...this.state, draft: text });
	}

	public answer(answer: unknown) {
		const state = this.state;
		if (state === undefined || state.waiting || state.feedback !== undefined) return;
		this.set({ ...state, waiting: true, problem: undefined });
		Remotes.Client.GetNamespace("Student")
			.Get("AnswerQuestion")
			.CallServerAsync({ question: state.question.id, answer })
			.then((reply) => {
				const now = this.state;
				if (now === undefined) return;
				if (!reply.ok) this.set({ ...now, waiting: false, problem: reply.reason });
				else
					this.set({
						...now,
						waiting: false,
						feedback: reply.feedback,
						next: reply.next,
						summary: reply.summary,
					});
			})
			.catch(() =>
				this.set(this.state && { ...this.state, waiting: false, problem: "no answer from the server" }),
			);
	}

	/** After the feedback: the next question, or how it went; after that, closing the panel. */
	public goOn() {
		const state = this.state;
		if (state === undefined) return;
		if (state.feedback === undefined) {
			if (state.summary !== undefined) this.set(undefined);
			return;
		}
		if (state.next === undefined) return this.set({ ...state, feedback: undefined });
		this.set({
			...state,
			number: state.next.number,
			question: state.next.question,
			feedback: undefined,
			next: undefined,
			picked: [],
			draft: "",
		});
	}

	public quit() {
		if (this.state === undefined) return;
		this.set(undefined);
		Remotes.Client.GetNamespace("Student")
			.Get("QuitActivity")
			.CallServerAsync()
			.catch(() => undefined);
	}

	private set(state: ActivityState | undefined) {
		this.state = state;
		for (const listener of this.listeners) listener(state);
	}
}
