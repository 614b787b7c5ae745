import { readDelimited } from "shared/classroom/csv";

function rowsOf(text: string) {
	const read = readDelimited(text);
	if (!read.ok) throw `expected rows, got: ${read.reason}`;
	return read;
}

function cellsOf(text: string): string[][] {
	return rowsOf(text).rows.map((row) => [...row.cells]);
}

function expectCells(actual: readonly (readonly string[])[], expected: readonly (readonly string[])[]) {
	const show = (rows: readonly (readonly string[])[]) => rows.map((row) => `[${row.join("|")}]`).join(" ");
	// TestEZ's expect is given to the spec's function only, not to helpers at the top of the module
	if (show(actual) !== show(expected)) throw `expected ${show(expected)}, got ${show(actual)}`;
}

export = () => {
	describe("reading pasted CSV and tab-separated text", () => {
		it("splits comma-separated lines and trims the cells", () => {
			expectCells(cellsOf("What is 2+2?, 4, 3 ,5\nCapital of France,Paris,Lyon"), [
				["What is 2+2?", "4", "3", "5"],
				["Capital of France", "Paris", "Lyon"],
			]);
		});

		it("reads a quoted cell with commas in it", () => {
			expectCells(cellsOf('"Which is bigger, 3 or 5?","5","3"\n"1,000 + 1", "1,001", "1,000"'), [
				["Which is bigger, 3 or 5?", "5", "3"],
				["1,000 + 1", "1,001", "1,000"],
			]);
		});

		it("reads a doubled quote inside a quoted cell as one quote", () => {
			expectCells(cellsOf('"Who wrote ""Hamlet""?",Shakespeare,Marlowe'), [
				['Who wrote "Hamlet"?', "Shakespeare", "Marlowe"],
			]);
		});

		it("keeps a newline inside quotes in its cell and counts the row to the line it started on", () => {
			const read = rowsOf('first,a,b\n"two\nlines",c,d\nlast,e,f');
			expectCells(
				read.rows.map((row) => row.cells),
				[
					["first", "a", "b"],
					["two\nlines", "c", "d"],
					["last", "e", "f"],
				],
			);
			expect(read.rows.map((row) => row.line).join(",")).to.equal("1,2,4");
		});

		it("handles \\r\\n and lone \\r line ends, inside quotes too", () => {
			const read = rowsOf('a,b\r\n"c\r\nd",e\r\rf,g');
			expectCells(
				read.rows.map((row) => row.cells),
				[
					["a", "b"],
					["c\nd", "e"],
					["f", "g"],
				],
			);
			expect(read.rows.map((row) => row.line).join(",")).to.equal("1,2,5");
		});

		it("skips blank lines but keeps counting them", () => {
			const read = rowsOf("\n  \na,b\n\n\nc,d\n");
			expect(read.rows.map((row) => row.line).join(",")).to.equal("3,6");
		});

		it("is tab-separated when the first line with text has a tab, and then keeps commas in cells", () => {
			const read = rowsOf("\nWhich is bigger, 3 or 5?\t5\t3\nHalf of 1,000\t500\t50");
			expect(read.separator).to.equal("\t");
			expectCells(
				read.rows.map((row) => row.cells),
				[
					["Which is bigger, 3 or 5?", "5", "3"],
					["Half of 1,000", "500", "50"],
				],
			);
			expect(rowsOf("a,b\nc\td").separator).to.equal(",");
			expect(rowsOf("a\tb,c").separator).to.equal("\t");
		});

		it("reads a spreadsheet's quoted cells in tab-separated text, and keeps empty cells", () => {
			expectCells(cellsOf('"Say ""hi""\tin French"\tBonjour\t\tSalut\n'), [
				['Say "hi"\tin French', "Bonjour", "", "Salut"],
			]);
		});

		it("keeps a trailing empty cell and empty cells between separators", () => {
			expectCells(cellsOf("a,,b,"), [["a", "", "b", ""]]);
		});

		it("reads a cell that only starts with a quoted word as it was typed", () => {
			expectCells(cellsOf('"Hamlet" is by?, Shakespeare, Marlowe'), [
				['"Hamlet" is by?', "Shakespeare", "Marlowe"],
			]);
			expectCells(cellsOf('He said "hi", yes, no'), [['He said "hi"', "yes", "no"]]);
		});

		it("refuses an unclosed quote with the line it opened on", () => {
			const read = readDelimited('a,b,c\nd,e,f\n"Who wrote Hamlet?,Shakespeare,Marlowe\ng,h,i');
			expect(read.ok).to.equal(false);
			if (read.ok) return;
			expect(read.line).to.equal(3);
			expect(read.reason.find("line 3: a quote", 1, true)[0]).to.be.ok();
			expect(read.reason.find("never closed", 1, true)[0]).to.be.ok();
		});

		it("drops a UTF-8 byte order mark and keeps other UTF-8 text whole", () => {
			expectCells(cellsOf("\xEF\xBB\xBFCapital of España?,Madrid,Sevilla"), [
				["Capital of España?", "Madrid", "Sevilla"],
			]);
		});

		it("reads nothing from empty text", () => {
			expect(rowsOf("").rows.size()).to.equal(0);
			expect(rowsOf("\n\r\n  \t\n").rows.size()).to.equal(0);
		});
	});
};
