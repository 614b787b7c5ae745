/**
 * A small seeded random number generator (mulberry32). The domain draws every random outcome
 * (drop rates, random rewards) from one of these, so the same seed gives the same game.
 */
export class Rng {
	private current: number;

	public constructor(seed: number) {
		this.current = math.floor(seed) % 4294967296;
	}

	/** Where the sequence is now: `new Rng(rng.state())` goes on exactly as this one would. */
	public state(): number {
		return this.current;
	}

	/** A float in [0, 1). */
	public next(): number {
		this.current = (this.current + 0x6d2b79f5) % 4294967296;
		let t = this.current;
		t = mul32(bit32.bxor(t, bit32.rshift(t, 15)), bit32.bor(t, 1));
		t = bit32.bxor(t, (t + mul32(bit32.bxor(t, bit32.rshift(t, 7)), bit32.bor(t, 61))) % 4294967296);
		return bit32.bxor(t, bit32.rshift(t, 14)) / 4294967296;
	}

	/** True with probability `p` (0..1). */
	public chance(p: number): boolean {
		return this.next() < p;
	}

	/** An integer in [min, max]. */
	public integer(min: number, max: number): number {
		return min + math.floor(this.next() * (max - min + 1));
	}
}

/** 32-bit multiplication modulo 2^32, exact in doubles. */
function mul32(a: number, b: number): number {
	const aHigh = bit32.rshift(a, 16);
	const aLow = bit32.band(a, 0xffff);
	return (((aHigh * b) % 65536) * 65536 + aLow * b) % 4294967296;
}
