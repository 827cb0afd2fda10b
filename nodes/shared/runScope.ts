/**
 * Values worked out once per node run, shared by all of its items: n8n's declarative engine
 * hands every item of one run the same execute-data object (`getExecuteData()`), so it keys
 * a WeakMap, and the value is gone with the run.
 */
interface RunKeyed {
	getExecuteData?(): unknown;
}

/** The object all items of the current node run share, or undefined outside a node run. */
export function runKeyOf(context: RunKeyed): object | undefined {
	const key = typeof context.getExecuteData === 'function' ? context.getExecuteData() : undefined;
	return typeof key === 'object' && key !== null ? key : undefined;
}

/**
 * One value per node run, e.g. the credential read (decrypted) once for all items, or the
 * run's batch of items. Outside a node run (a trigger, a picker) every call makes a new one.
 */
export class PerRun<T> {
	private readonly values = new WeakMap<object, T>();

	/** The run's value, made by `make` the first time it is asked for. */
	get(context: RunKeyed, make: () => T): T {
		const key = runKeyOf(context);
		if (!key) return make();
		if (!this.values.has(key)) this.values.set(key, make());
		return this.values.get(key) as T;
	}

	/** The run's value if one was made, without making one. */
	peek(context: RunKeyed): T | undefined {
		const key = runKeyOf(context);
		return key ? this.values.get(key) : undefined;
	}
}
