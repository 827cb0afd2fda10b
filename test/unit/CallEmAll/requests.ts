import { runNode } from '../../helpers/harness';
import { CREDENTIALS, type Seen } from './fixtures';

/** Running the Call-Em-All node through n8n-core's real engine, and reading what it sent. */

export type Params = Record<string, unknown>;

export function run(
	parameters: Params,
	extra: {
		input?: Array<{ json: object }>;
		continueOnFail?: boolean;
		credentials?: Record<string, Record<string, string>>;
	} = {},
) {
	return runNode({
		type: 'callEmAll',
		parameters: parameters as never,
		credentials: (extra.credentials ?? CREDENTIALS) as never,
		input: extra.input as never,
		continueOnFail: extra.continueOnFail,
	});
}

/** A recorded request's body, parsed when it is JSON text. */
export function bodyOf(seen: Seen): unknown {
	return typeof seen.body === 'string' && seen.body !== '' ? JSON.parse(seen.body) : seen.body;
}
