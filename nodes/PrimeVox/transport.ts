import type { IDataObject } from 'n8n-workflow';

import type { PathParameter } from '../shared/operation';
import { plainTextError } from '../shared/response';
import type { VendorHttp } from '../shared/vendor';

/** Where the PrimeVox PBX API lives unless the credential says otherwise. */
export const PRIMEVOX_BASE_URL = 'https://pbx.primevox.net/api';

export const CREDENTIAL_TYPE = 'primeVoxApi';

/** The credential settings that name the PBX scripts (the doc lost three of the four URLs). */
export type ScriptSetting =
	| 'callListScript'
	| 'callDetailsScript'
	| 'recordingScript'
	| 'callNotesScript';

export const primeVoxHttp: VendorHttp = {
	name: 'PrimeVox',
	secretFields: { primeVoxApi: ['authKey'] },
	defaultBaseUrl: PRIMEVOX_BASE_URL,
	errorMessage(statusCode, body) {
		if (body && typeof body === 'object' && !Array.isArray(body)) {
			const answer = body as IDataObject;
			if (typeof answer.error === 'string' && answer.error.trim() !== '') return answer.error;
			if (answer.status === 'error' || answer.result === 'error') {
				return String(answer.message ?? answer.error ?? 'PrimeVox reported an error');
			}
		}
		return plainTextError(statusCode, body);
	},
};

/**
 * An operation's path: the script the credential names, e.g. `/{callListScript}` (read once per
 * run; older n8n versions do not offer `$credentials` to an operation's routing).
 */
export function scriptPath(setting: ScriptSetting): {
	path: string;
	pathParameters: Record<string, PathParameter>;
} {
	return {
		path: `/{${setting}}`,
		pathParameters: {
			[setting]: {
				from: 'credential',
				raw: true,
				emptyHint:
					'Open the PrimeVox credential and fill in the script name, or restore its default.',
			},
		},
	};
}

/** The full URL of a script, for requests outside an operation (picker, trigger, hooks). */
export function scriptUrl(credentials: IDataObject, setting: ScriptSetting): string {
	const base = String(credentials.baseUrl ?? '').trim() || PRIMEVOX_BASE_URL;
	const script = String(credentials[setting] ?? '').replace(/^\/+/, '');
	return `${base.replace(/\/+$/, '')}/${script}`;
}
