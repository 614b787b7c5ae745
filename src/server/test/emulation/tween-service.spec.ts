import { TweenService } from "@rbxts/services";

function near(actual: number, expected: number, tolerance: number) {
	if (math.abs(actual - expected) > tolerance) error(`expected ${expected} ± ${tolerance}, got ${actual}`);
	return true;
}

function numberValue(value = 0) {
	const holder = new Instance("NumberValue");
	holder.Value = value;
	return holder;
}

export = () => {
	describe("the emulated TweenService", () => {
		it("makes TweenInfo with Roblox's defaults", () => {
			const info = new TweenInfo();
			expect(info.Time).to.equal(1);
			expect(info.EasingStyle).to.equal(Enum.EasingStyle.Quad);
			expect(info.EasingDirection).to.equal(Enum.EasingDirection.Out);
			expect(info.RepeatCount).to.equal(0);
			expect(info.Reverses).to.equal(false);
			expect(info.DelayTime).to.equal(0);
			expect(typeOf(info)).to.equal("TweenInfo");
			const custom = new TweenInfo(2, Enum.EasingStyle.Back, Enum.EasingDirection.In, 3, true, 0.5);
			expect(custom.RepeatCount).to.equal(3);
			expect(custom.Reverses).to.equal(true);
		});

		it("eases with Roblox's curves in each direction (GetValue)", () => {
			const value = (alpha: number, style: Enum.EasingStyle, direction: Enum.EasingDirection) =>
				TweenService.GetValue(alpha, style, direction);
			const { In, Out, InOut } = Enum.EasingDirection;
			const S = Enum.EasingStyle;
			expect(value(0.3, S.Linear, In)).to.equal(0.3);
			expect(value(0.5, S.Quad, In)).to.equal(0.25);
			expect(value(0.5, S.Quad, Out)).to.equal(0.75);
			expect(value(0.25, S.Quad, InOut)).to.equal(0.125);
			expect(value(0.75, S.Cubic, InOut)).to.equal(0.9375);
			expect(value(0.5, S.Quart, In)).to.equal(0.0625);
			expect(value(0.5, S.Quint, Out)).to.equal(1 - 0.03125);
			expect(near(value(0.5, S.Sine, In), 1 - math.cos(math.pi / 4), 1e-9)).to.equal(true);
			expect(near(value(0.5, S.Circular, In), 1 - math.sqrt(0.75), 1e-9)).to.equal(true);
			expect(near(value(0.5, S.Exponential, In), 2 ** -5, 1e-9)).to.equal(true);
			// Back overshoots below 0 going in; Elastic and Bounce end exactly on the goal
			expect(value(0.2, S.Back, In) < 0).to.equal(true);
			expect(near(value(0.5, S.Back, In), 0.25 * (2.70158 * 0.5 - 1.70158), 1e-9)).to.equal(true);
			expect(value(1, S.Elastic, Out)).to.equal(1);
			expect(value(0.1, S.Elastic, Out) > 1).to.equal(true);
			expect(near(value(0.5, S.Bounce, Out), 7.5625 * (0.5 - 1.5 / 2.75) ** 2 + 0.75, 1e-9)).to.equal(true);
			expect(value(0, S.Bounce, In)).to.equal(0);
		});

		it("tweens UDim2, number and Color3 properties on the virtual clock and fires Completed", () => {
			const frame = new Instance("Frame");
			frame.Size = UDim2.fromOffset(0, 0);
			frame.BackgroundTransparency = 0;
			frame.BackgroundColor3 = new Color3(0, 0, 0);
			const tween = TweenService.Create(frame, new TweenInfo(2, Enum.EasingStyle.Linear), {
				Size: UDim2.fromOffset(200, 100),
				BackgroundTransparency: 1,
				BackgroundColor3: new Color3(1, 0, 0),
			});
			expect(tween.PlaybackState).to.equal(Enum.PlaybackState.Begin);
			expect(tween.IsA("Tween")).to.equal(true);
			const completed = new Array<Enum.PlaybackState>();
			tween.Completed.Connect((state) => completed.push(state));
			tween.Play();
			Emulation.advance(1);
			expect(tween.PlaybackState).to.equal(Enum.PlaybackState.Playing);
			// written once a frame: within a frame (1/60 s) of half way
			expect(near(frame.BackgroundTransparency, 0.5, 0.01)).to.equal(true);
			expect(near(frame.Size.X.Offset, 100, 2)).to.equal(true);
			expect(near(frame.Size.Y.Offset, 50, 1)).to.equal(true);
			expect(near(frame.BackgroundColor3.R, 0.5, 0.01)).to.equal(true);
			expect(completed.size()).to.equal(0);
			Emulation.advance(1.1);
			expect(frame.BackgroundTransparency).to.equal(1);
			expect(frame.Size).to.equal(UDim2.fromOffset(200, 100));
			expect(frame.BackgroundColor3).to.equal(new Color3(1, 0, 0));
			expect(tween.PlaybackState).to.equal(Enum.PlaybackState.Completed);
			expect(completed.join(",")).to.equal("Enum.PlaybackState.Completed");
		});

		it("follows the easing style between start and goal (Quad Out is 3/4 of the way at half time)", () => {
			const holder = numberValue(0);
			TweenService.Create(holder, new TweenInfo(1), { Value: 100 }).Play();
			Emulation.advance(0.5);
			expect(near(holder.Value, 75, 1.5)).to.equal(true);
		});

		it("waits DelayTime, repeats and reverses", () => {
			const holder = numberValue(0);
			const tween = TweenService.Create(
				holder,
				new TweenInfo(1, Enum.EasingStyle.Linear, Enum.EasingDirection.Out, 1, true, 0.5),
				{
					Value: 10,
				},
			);
			let completed = 0;
			tween.Completed.Connect(() => completed++);
			tween.Play();
			Emulation.advance(0.25);
			expect(tween.PlaybackState).to.equal(Enum.PlaybackState.Delayed);
			expect(holder.Value).to.equal(0);
			// delay 0.5, forward 0.5 -> 1.5, back 1.5 -> 2.5; then delay, forward 3 -> 4, back 4 -> 5
			Emulation.advance(0.75);
			expect(near(holder.Value, 5, 0.2)).to.equal(true);
			Emulation.advance(0.75);
			expect(near(holder.Value, 7.5, 0.2)).to.equal(true);
			Emulation.advance(1.75);
			expect(near(holder.Value, 5, 0.2)).to.equal(true);
			expect(completed).to.equal(0);
			Emulation.advance(1.6);
			expect(holder.Value).to.equal(0);
			expect(completed).to.equal(1);
		});

		it("pauses, resumes and cancels (Completed with Cancelled), and a newer tween of a property cancels the older", () => {
			const holder = numberValue(0);
			const tween = TweenService.Create(holder, new TweenInfo(1, Enum.EasingStyle.Linear), { Value: 10 });
			const states = new Array<string>();
			tween.Completed.Connect((state) => states.push(state.Name));
			tween.Play();
			Emulation.advance(0.5);
			tween.Pause();
			const paused = holder.Value;
			expect(tween.PlaybackState).to.equal(Enum.PlaybackState.Paused);
			Emulation.advance(1);
			expect(holder.Value).to.equal(paused);
			tween.Play();
			Emulation.advance(0.25);
			expect(near(holder.Value, 7.5, 0.2)).to.equal(true);
			tween.Cancel();
			const cancelledAt = holder.Value;
			Emulation.advance(1);
			expect(holder.Value).to.equal(cancelledAt);
			expect(states.join(",")).to.equal("Cancelled");

			const first = TweenService.Create(holder, new TweenInfo(1), { Value: 0 });
			const second = TweenService.Create(holder, new TweenInfo(1), { Value: 100 });
			first.Completed.Connect((state) => states.push(`first ${state.Name}`));
			first.Play();
			second.Play();
			expect(states.join(",")).to.equal("Cancelled,first Cancelled");
			Emulation.advance(1.1);
			expect(holder.Value).to.equal(100);
		});

		it("interpolates Vector3, CFrame and UDim values", () => {
			const vector = new Instance("Vector3Value");
			const frame = new Instance("CFrameValue");
			const padding = new Instance("UIPadding");
			padding.PaddingLeft = new UDim(0, 0);
			const info = new TweenInfo(1, Enum.EasingStyle.Linear);
			TweenService.Create(vector, info, { Value: new Vector3(10, 20, 30) }).Play();
			TweenService.Create(frame, info, { Value: new CFrame(0, 10, 0) }).Play();
			TweenService.Create(padding, info, { PaddingLeft: new UDim(1, 40) }).Play();
			Emulation.advance(0.5);
			expect(near(vector.Value.Y, 10, 0.4)).to.equal(true);
			expect(near(frame.Value.Position.Y, 5, 0.2)).to.equal(true);
			expect(near(padding.PaddingLeft.Scale, 0.5, 0.02)).to.equal(true);
			Emulation.advance(0.6);
			expect(vector.Value).to.equal(new Vector3(10, 20, 30));
			expect(padding.PaddingLeft).to.equal(new UDim(1, 40));
		});
	});
};
