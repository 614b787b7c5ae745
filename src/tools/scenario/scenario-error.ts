/** A malformed scenario: the message names the offending path, e.g. `events[3].activity: unknown activity "lesso"`. */
export class ScenarioError {
	public constructor(public readonly message: string) {}
	public toString() {
		return this.message;
	}
}

export function scenarioFail(message: string): never {
	throw new ScenarioError(message);
}
