export = () => {
	describe("the emulated clock", () => {
		it("advances os.time with task.wait", () => {
			const before = os.time();
			task.wait(90);
			expect(os.time() - before).to.equal(90);
		});
	});
};
