import { getPublicCatalog } from "shared/catalog";
import { EventRead, readGameEvent, readStudentAction, STUDENT_ACTION_KINDS } from "shared/domain/event-schema";
import { Rng } from "shared/domain/rng";
import { firstDifference } from "../../helpers/deep-equal";
import { eventProblem } from "../../helpers/event-shapes";
import { randomPayload } from "../../helpers/event-payloads";
import { WELL_FORMED } from "../../helpers/well-formed-events";

const PAYLOADS = 10000;
/** A refusal shows at most a field name, a short value and the allowed fields: never a huge payload. */
const MAX_REFUSAL_LENGTH = 400;

/** What a run of payloads gave. */
interface Tally {
	accepted: number;
	refused: number;
	kinds: Set<string>;
}

export = () => {
	const catalog = getPublicCatalog();

	/** Sends seeded random payloads at `reader` and checks each answer; fails on the first bad one. */
	function fuzz(reader: (raw: unknown) => EventRead<{ kind: string }>, seed: number): Tally {
		const rng = new Rng(seed);
		const tally: Tally = { accepted: 0, refused: 0, kinds: new Set() };
		for (let index = 0; index < PAYLOADS; index++) {
			const payload = randomPayload(rng);
			const [ran, read] = pcall(() => reader(payload));
			if (!ran) error(`payload ${index} (seed ${seed}) raised: ${tostring(read)}`);
			if (read.ok) {
				const problem = eventProblem(read.event, catalog);
				if (problem !== undefined) error(`payload ${index} (seed ${seed}) gave a bad event: ${problem}`);
				// reading what was read gives it back: the event is complete and well-formed as it is
				const again = reader(read.event);
				if (!again.ok || firstDifference(again.event, read.event) !== undefined) {
					error(`payload ${index} (seed ${seed}) gave an event that does not read back the same`);
				}
				tally.accepted += 1;
				tally.kinds.add(read.event.kind);
			} else {
				if (!typeIs(read.field, "string") || read.field === "")
					error(`payload ${index} (seed ${seed}) was refused without naming a field: ${read.message}`);
				if (!typeIs(read.message, "string") || read.message === "")
					error(`payload ${index} (seed ${seed}) was refused without a message`);
				if (read.field.size() + read.message.size() > MAX_REFUSAL_LENGTH)
					error(`payload ${index} (seed ${seed}) was refused at length: ${read.message.sub(1, 200)}`);
				tally.refused += 1;
			}
		}
		return tally;
	}

	describe("random payloads", () => {
		it(`at the full event reader (${PAYLOADS}): never an error, always a valid event or a refusal naming a field`, () => {
			const tally = fuzz((raw) => readGameEvent(raw, catalog), 20261001);
			// the generator reaches every kind and both answers, or this spec proves little
			expect(tally.kinds.size()).to.equal(new Set(WELL_FORMED.map((example) => example.raw.kind)).size());
			expect(tally.accepted > PAYLOADS / 10).to.equal(true);
			expect(tally.refused > PAYLOADS / 10).to.equal(true);
		});

		it(`at readStudentAction (${PAYLOADS}): the same, and only kinds a client may ask for`, () => {
			const tally = fuzz((raw) => readStudentAction(raw, catalog), 20261002);
			for (const kind of tally.kinds) {
				expect((STUDENT_ACTION_KINDS as readonly string[]).includes(kind)).to.equal(true);
			}
			expect(tally.kinds.size()).to.equal(STUDENT_ACTION_KINDS.size());
			expect(tally.accepted > PAYLOADS / 20).to.equal(true);
			expect(tally.refused > PAYLOADS / 10).to.equal(true);
		});
	});
};
