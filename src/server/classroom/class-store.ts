import { ClassRecord } from "shared/classroom/class-record";
import { JOIN_CODE_LIFETIME } from "shared/classroom/join-code";
import { DataStoreGateway } from "server/persistence/data-store-gateway";

/** Codes drawn before giving up (a drawn code another class holds is drawn again). */
const CODE_ATTEMPTS = 5;

/** DataStores of the classroom. */
export const CLASS_STORES = {
	/** class_id -> ClassRecord */
	records: "ClassRecords",
	/** a reserved server's PrivateServerId -> its class_id (how a class server knows its class) */
	servers: "ClassServers",
	/** join code -> JoinCodeEntry */
	codes: "JoinCodes",
} as const;

/** What a join code leads to, and until when. */
export interface JoinCodeEntry {
	readonly class_id: string;
	readonly expires_at: number;
}

/**
 * The classroom's DataStore calls, through the gateway (budget waited for, errors retried until
 * they land). Codes are claimed with UpdateAsync so two classes can never hold one code, even
 * when two hub servers draw the same code at once. Yields.
 */
export class ClassStore {
	public constructor(private readonly gateway: DataStoreGateway) {}

	public loadRaw(classId: string): unknown {
		return this.gateway.get<unknown>(CLASS_STORES.records, classId);
	}

	/** Writes the record; a newer-schema record found in the store is left as it is (returns false). */
	public save(record: ClassRecord): boolean {
		let written = true;
		this.gateway.update<ClassRecord>(CLASS_STORES.records, record.class_id, (old) => {
			if (
				old !== undefined &&
				typeIs(old, "table") &&
				typeIs(old.schema, "number") &&
				old.schema > record.schema
			) {
				written = false;
				return undefined;
			}
			return record;
		});
		return written;
	}

	public classOfServer(privateServerId: string): string | undefined {
		const classId = this.gateway.get<unknown>(CLASS_STORES.servers, privateServerId);
		return typeIs(classId, "string") ? classId : undefined;
	}

	public linkServer(privateServerId: string, classId: string) {
		this.gateway.update<string>(CLASS_STORES.servers, privateServerId, () => classId);
	}

	/** Claims `code` for a class until `expiresAt`; false when another class holds it and it has not expired. */
	public claimCode(code: string, classId: string, expiresAt: number, now: number): boolean {
		let claimed = false;
		this.gateway.update<JoinCodeEntry>(CLASS_STORES.codes, code, (old) => {
			if (
				old !== undefined &&
				readCodeEntry(old) !== undefined &&
				old.class_id !== classId &&
				old.expires_at > now
			)
				return undefined;
			claimed = true;
			return { class_id: classId, expires_at: expiresAt };
		});
		return claimed;
	}

	/** A fresh code claimed for the class for JOIN_CODE_LIFETIME, or undefined when every draw was taken. Yields. */
	public issueCode(classId: string, now: number, draw: () => string): string | undefined {
		for (let attempt = 0; attempt < CODE_ATTEMPTS; attempt++) {
			const code = draw();
			if (this.claimCode(code, classId, now + JOIN_CODE_LIFETIME, now)) return code;
		}
		return undefined;
	}

	public lookupCode(code: string): JoinCodeEntry | undefined {
		return readCodeEntry(this.gateway.get<unknown>(CLASS_STORES.codes, code));
	}

	/** Retires a class's code: only if it is still that class's (a reissued code belongs to someone else). */
	public retireCode(code: string, classId: string) {
		this.gateway.update<JoinCodeEntry>(CLASS_STORES.codes, code, (old) => {
			const entry = readCodeEntry(old);
			if (entry === undefined || entry.class_id !== classId) return undefined;
			return { class_id: classId, expires_at: 0 };
		});
	}
}

function readCodeEntry(value: unknown): JoinCodeEntry | undefined {
	if (!typeIs(value, "table")) return undefined;
	const entry = value as { class_id?: unknown; expires_at?: unknown };
	if (!typeIs(entry.class_id, "string") || !typeIs(entry.expires_at, "number")) return undefined;
	return { class_id: entry.class_id, expires_at: entry.expires_at };
}
