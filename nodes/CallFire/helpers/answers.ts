import type { IDataObject } from 'n8n-workflow';

import { isObject } from '../../shared/json';
import type { OutputSpec } from '../../shared/operation';

/**
 * CallFire's answers as n8n items, for the operations that are neither paged nor batched:
 * - a bare array gives one item per entry;
 * - with `entries`, so do the `items` of a list CallFire does not page (caller IDs, keywords, a
 *   call's recordings, numbers found);
 * - an empty answer (HTTP 200 or 204 with no body) gives `{success: true}`;
 * - a bare value gives `{[scalarKey]: value}`, `true`/`false` as booleans (Keyword → Check
 *   Availability answers `true`, Verify Caller ID too).
 */
export function callFireAnswer(
	options: { entries?: boolean; scalarKey?: string } = {},
): OutputSpec {
	const scalarKey = options.scalarKey ?? 'result';
	const asJson = (value: unknown): IDataObject => {
		if (isObject(value)) return value;
		if (value === 'true' || value === 'false') return { [scalarKey]: value === 'true' };
		return { [scalarKey]: value as string };
	};
	return {
		rows(body) {
			const entries = Array.isArray(body)
				? body
				: options.entries && isObject(body) && Array.isArray(body.items)
					? (body.items as unknown[])
					: undefined;
			if (entries) return entries.map(asJson);
			if (body === '' || body === undefined || body === null) return [{ success: true }];
			return [asJson(body)];
		},
	};
}

/** An answer that is one object (or nothing, or a bare value). */
export const ANSWER = callFireAnswer();

/** An answer whose `items` (or whose bare array) are the results, one item each. */
export const ENTRIES = callFireAnswer({ entries: true });
