import Roact from "@rbxts/roact";
import { useState } from "@rbxts/roact-hooked";
import { hooked } from "client/ui/hooked";
import { CLASS_REPLY } from "client/state/class-actions";
import { useAtom, useClassActions } from "client/state/store-context";
import { Button } from "client/ui/button";
import { Card } from "client/ui/card";
import { Label } from "client/ui/label";
import { ScrollList } from "client/ui/scroll-list";
import { TextField } from "client/ui/text-field";
import { COLORS, GAP, TOUCH_TARGET } from "client/ui/theme";
import { ScreenPanel } from "client/screens/screen-panel";
import { replyState } from "client/screens/tabbed-screen";

/** A form's row: a text box and its button side by side. */
const FIELD_WIDTH = 0.62;
const FORM_HEIGHT = TOUCH_TARGET;

/** What a request's reply line says: waiting, the server's refusal, or `done`. */
function replyLine(reply: string | undefined, done: string): { text: string; color: Color3 } | undefined {
	const state = replyState(reply);
	if (state === "waiting") return { text: "Asking the server…", color: COLORS.muted };
	if (state === "refused") return { text: `ⓘ ${reply}`, color: COLORS.danger };
	if (state === "done") return { text: done, color: COLORS.success };
	return undefined;
}

interface FormProps {
	readonly name: string;
	readonly text: string;
	readonly placeholder: string;
	readonly button: string;
	readonly onChanged: (text: string) => void;
	readonly onSend: () => void;
	readonly layoutOrder: number;
}

/** A text box with its button; Enter in the box does what the button does. */
function Form(props: FormProps) {
	return (
		<frame Size={new UDim2(1, 0, 0, FORM_HEIGHT)} BackgroundTransparency={1} LayoutOrder={props.layoutOrder}>
			<TextField
				Key={`${props.name}Box`}
				text={props.text}
				placeholder={props.placeholder}
				size={new UDim2(FIELD_WIDTH, -GAP, 0, TOUCH_TARGET)}
				onChanged={props.onChanged}
				onSubmit={() => props.onSend()}
			/>
			<Button
				Key={`${props.name}Button`}
				text={props.button}
				size={new UDim2(1 - FIELD_WIDTH, 0, 0, TOUCH_TARGET)}
				position={new UDim2(FIELD_WIDTH, 0, 0, 0)}
				onClick={props.onSend}
			/>
		</frame>
	);
}

/**
 * The hub's class screen: a student types the join code their teacher gave them and presses Join
 * (the server checks it and says why not: a wrong code, an expired one, a locked class); a teacher
 * also creates a class here and is shown the code to give the class.
 */
export const JoinScreen = hooked("JoinScreen", () => {
	const classroom = useClassActions();
	const role = useAtom((store) => store.classView()?.role);
	const notice = useAtom((store) => store.classView()?.notice);
	const joinReply = useAtom((store) => store.replies().get(CLASS_REPLY.join));
	const createReply = useAtom((store) => store.replies().get(CLASS_REPLY.create));
	const issued = useAtom((store) => store.issuedCode());
	const [code, setCode] = useState("");
	const [className, setClassName] = useState("");
	const rows = new Map<string, Roact.Element>();
	rows.set("JoinTitle", <Label text="Join your class" role="heading" bold={true} layoutOrder={1} />);
	rows.set(
		"JoinHelp",
		<Label
			text="Type the code your teacher shows you, like KX7-4PM."
			role="small"
			color={COLORS.muted}
			autoHeight={true}
			layoutOrder={2}
		/>,
	);
	rows.set(
		"Join",
		<Form
			name="Code"
			text={code}
			placeholder="Join code"
			button="Join"
			onChanged={setCode}
			onSend={() => classroom.joinClass(code)}
			layoutOrder={3}
		/>,
	);
	const joined = replyLine(joinReply, "✔ Code accepted: taking you to your class…");
	if (joined !== undefined)
		rows.set("JoinReply", <Label text={joined.text} color={joined.color} autoHeight={true} layoutOrder={4} />);
	if (notice !== undefined)
		rows.set("Notice", <Label text={`ⓘ ${notice}`} color={COLORS.danger} autoHeight={true} layoutOrder={5} />);
	if (role === "teacher") {
		rows.set("CreateTitle", <Label text="Create a class" role="heading" bold={true} layoutOrder={10} />);
		rows.set(
			"CreateHelp",
			<Label
				text="Name it as your students know it. You get a join code and go to your class's own server."
				role="small"
				color={COLORS.muted}
				autoHeight={true}
				layoutOrder={11}
			/>,
		);
		rows.set(
			"Create",
			<Form
				name="ClassName"
				text={className}
				placeholder="Class name, e.g. Ms Rivera's 5th grade"
				button="Create"
				onChanged={setClassName}
				onSend={() => classroom.createClass(className)}
				layoutOrder={12}
			/>,
		);
		const created = replyLine(createReply, "✔ Class created: taking you there…");
		if (created !== undefined)
			rows.set(
				"CreateReply",
				<Label text={created.text} color={created.color} autoHeight={true} layoutOrder={13} />,
			);
		if (issued !== undefined && replyState(createReply) === "done")
			rows.set(
				"IssuedCode",
				<Card height={72} layoutOrder={14}>
					<Label
						Key="CodeTitle"
						text="Your class's join code"
						role="small"
						color={COLORS.muted}
						layoutOrder={1}
					/>
					<Label Key="Code" text={issued} role="title" bold={true} layoutOrder={2} />
				</Card>,
			);
	}
	return (
		<ScreenPanel title="Class">
			<ScrollList>{rows}</ScrollList>
		</ScreenPanel>
	);
});
