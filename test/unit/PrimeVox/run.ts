/** Runs the PrimeVox node through n8n-core's real engine with the test credential. */
import { runNode } from '../../helpers/harness';
import { CREDENTIALS } from './fixtures';

export const SECRET = CREDENTIALS.primeVoxApi.authKey;

export function run(
	parameters: Record<string, unknown>,
	extra: { input?: Array<{ json: object }>; continueOnFail?: boolean } = {},
) {
	return runNode({
		type: 'primeVox',
		parameters: { resource: 'call', ...parameters } as never,
		credentials: CREDENTIALS,
		input: extra.input as never,
		continueOnFail: extra.continueOnFail,
	});
}

export function ids(prefix: string, count: number): string[] {
	return Array.from({ length: count }, (_, index) => `${prefix}.${index + 1}`);
}
