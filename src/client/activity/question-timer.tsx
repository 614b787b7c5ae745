import Roact from "@rbxts/roact";
import { useEffect, useState } from "@rbxts/roact-hooked";
import { hooked } from "client/ui/hooked";
import { Label } from "client/ui/label";
import { COLORS } from "client/ui/theme";

export interface QuestionTimerProps {
	/** Seconds to answer; absent: untimed. */
	readonly limit?: number;
	/** Changes with each question, so the countdown starts again. */
	readonly questionId: string;
	readonly size?: UDim2;
	readonly position?: UDim2;
}

/**
 * A timed question's countdown, a second at a time, or "No time limit". It only shows the time:
 * the server measures the answer's time itself and decides whether it came too late.
 */
export const QuestionTimer = hooked("QuestionTimer", (props: QuestionTimerProps) => {
	const [left, setLeft] = useState(props.limit ?? 0);
	useEffect(() => {
		if (props.limit === undefined) return;
		setLeft(props.limit);
		let running = true;
		const shownAt = os.clock();
		task.spawn(() => {
			while (running) {
				task.wait(1);
				if (running) setLeft(math.max(0, math.ceil(props.limit! - (os.clock() - shownAt))));
			}
		});
		return () => {
			running = false;
		};
	}, [props.questionId]);
	const timed = props.limit !== undefined;
	return (
		<Label
			text={timed ? `${left} s left` : "No time limit: take your time"}
			role="small"
			bold={timed && left <= 5}
			color={timed && left <= 5 ? COLORS.danger : COLORS.muted}
			align={Enum.TextXAlignment.Right}
			size={props.size}
			position={props.position}
		/>
	);
});
