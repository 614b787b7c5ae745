import { DataStoreService } from "@rbxts/services";

/** Longest wait between two tries of a failing request, in seconds. */
const MAX_BACKOFF = 60;

/**
 * Every DataStore call of ours goes through here (ProfileService makes its own): it waits until the
 * request type has budget rather than letting Roblox throttle or fail it, and retries errors with
 * exponential backoff until the request lands, so that a write is never dropped. Yields.
 */
export class DataStoreGateway {
	private readonly log: (line: string) => void;

	public constructor(log?: (line: string) => void) {
		this.log = log ?? ((line) => warn(line));
	}

	/** UpdateAsync, with the budget waited for and errors retried until it lands. */
	public update<T>(storeName: string, key: string, transform: (old: T | undefined) => T | undefined): T | undefined {
		const store = DataStoreService.GetDataStore(storeName);
		return this.call(Enum.DataStoreRequestType.UpdateAsync, `${storeName}/${key}`, () => {
			// the typings want a tuple; one return value is a one-value tuple in Luau
			const [result] = store.UpdateAsync(key, (old: unknown) => transform(old as T | undefined) as never);
			return result as T | undefined;
		});
	}

	public get<T>(storeName: string, key: string): T | undefined {
		const store = DataStoreService.GetDataStore(storeName);
		return this.call(Enum.DataStoreRequestType.GetAsync, `${storeName}/${key}`, () => {
			const [value] = store.GetAsync(key);
			return value as T | undefined;
		});
	}

	public remove(storeName: string, key: string) {
		const store = DataStoreService.GetDataStore(storeName);
		this.call(Enum.DataStoreRequestType.SetIncrementAsync, `${storeName}/${key}`, () => store.RemoveAsync(key));
	}

	/** Sets one entry of an OrderedDataStore (an integer score). */
	public orderedSet(storeName: string, scope: string, key: string, value: number) {
		const store = DataStoreService.GetOrderedDataStore(storeName, scope);
		this.call(Enum.DataStoreRequestType.SetIncrementSortedAsync, `${storeName}/${scope}/${key}`, () =>
			store.SetAsync(key, value),
		);
	}

	public orderedRemove(storeName: string, scope: string, key: string) {
		const store = DataStoreService.GetOrderedDataStore(storeName, scope);
		this.call(Enum.DataStoreRequestType.SetIncrementSortedAsync, `${storeName}/${scope}/${key}`, () =>
			store.RemoveAsync(key),
		);
	}

	/** The highest `count` entries (up to 100 a page, paging as needed), highest first. */
	public orderedTop(storeName: string, scope: string, count: number): { key: string; value: number }[] {
		const store = DataStoreService.GetOrderedDataStore(storeName, scope);
		const result = new Array<{ key: string; value: number }>();
		const pages = this.call(Enum.DataStoreRequestType.GetSortedAsync, `${storeName}/${scope}`, () =>
			store.GetSortedAsync(false, math.clamp(count, 1, 100)),
		);
		for (;;) {
			for (const entry of pages.GetCurrentPage()) {
				if (result.size() >= count) return result;
				result.push({ key: entry.key as string, value: entry.value as number });
			}
			if (pages.IsFinished || result.size() >= count) return result;
			this.call(Enum.DataStoreRequestType.GetSortedAsync, `${storeName}/${scope}`, () =>
				pages.AdvanceToNextPageAsync(),
			);
		}
	}

	/** Whether a request of this type can go out now without waiting. */
	public hasBudget(requestType: Enum.DataStoreRequestType): boolean {
		return DataStoreService.GetRequestBudgetForRequestType(requestType) > 0;
	}

	private call<T>(requestType: Enum.DataStoreRequestType, what: string, request: () => T): T {
		let backoff = 1;
		for (;;) {
			while (!this.hasBudget(requestType)) task.wait(1);
			const [ok, result] = pcall(request);
			if (ok) return result;
			this.log(`DataStore ${requestType.Name} ${what} failed (${tostring(result)}); retrying in ${backoff} s`);
			task.wait(backoff);
			backoff = math.min(backoff * 2, MAX_BACKOFF);
		}
	}
}
