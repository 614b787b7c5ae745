import { readContentPack, SUBJECT_IDS } from "shared/content";
import { getDefaultContent } from "server/content/default-content";
import { DEFAULT_PACK } from "server/content/default";

export = () => {
	describe("the default content pack", () => {
		it("reads without a single error", () => {
			const read = readContentPack(DEFAULT_PACK);
			if (!read.ok) throw `the default pack has errors:\n${read.errors.join("\n")}`;
			expect(read.ok).to.equal(true);
		});

		it("has the six subjects, each with at least 40 questions in 3+ sets and 2+ lessons", () => {
			const content = getDefaultContent();
			expect(content.subjects.size()).to.equal(6);
			for (const subject of SUBJECT_IDS) {
				expect(content.subjects.get(subject)!.name.size() > 0).to.equal(true);
				const sets = content.setsOf(subject);
				let questions = 0;
				for (const set of sets) {
					expect(set.subject).to.equal(subject);
					expect(set.questions.size() >= 1 && set.questions.size() <= 50).to.equal(true);
					questions += set.questions.size();
				}
				if (questions < 40) throw `${subject} has only ${questions} questions`;
				expect(sets.size() >= 3).to.equal(true);
				expect(content.lessonsOf(subject).size() >= 2).to.equal(true);
			}
		});

		it("has easy, medium and hard sets and every question type in each subject", () => {
			const content = getDefaultContent();
			for (const subject of SUBJECT_IDS) {
				const difficulties = new Set<number>();
				const types = new Set<string>();
				for (const set of content.setsOf(subject)) {
					difficulties.add(set.difficulty);
					for (const question of set.questions) types.add(question.type);
				}
				for (const difficulty of [1, 2, 3]) {
					if (!difficulties.has(difficulty)) throw `${subject} has no set of difficulty ${difficulty}`;
				}
				for (const kind of ["multiple_choice", "true_false", "typed", "numeric", "ordering"]) {
					if (!types.has(kind)) throw `${subject} has no ${kind} question`;
				}
			}
		});

		it("gives lessons 2 to 4 pages and 2 to 4 check questions", () => {
			for (const [id, lesson] of getDefaultContent().lessons) {
				const pages = lesson.pages.size();
				const checks = lesson.questions.size();
				if (pages < 2 || pages > 4 || checks < 2 || checks > 4)
					throw `lesson ${id}: ${pages} pages, ${checks} questions`;
			}
		});

		it("is the same content on every read (the generated sets are seeded)", () => {
			const first = getDefaultContent();
			const again = readContentPack(DEFAULT_PACK);
			expect(again.ok).to.equal(true);
			if (!again.ok) return;
			for (const [id, set] of first.sets) {
				if (!set.generated) continue;
				const other = again.content.sets.get(id)!;
				set.questions.forEach((question, index) => {
					expect(other.questions[index].prompt).to.equal(question.prompt);
				});
			}
			expect(getDefaultContent()).to.equal(first);
		});
	});
};
