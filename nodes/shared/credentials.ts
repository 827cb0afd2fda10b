import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { PerRun } from './runScope';
import { secretValues } from './secrets';
import type { VendorHttp } from './vendor';

/** A credential field by its dot path, e.g. `oauthTokenData.access_token`. */
export function credentialField(source: IDataObject, path: string): unknown {
	return path.split('.').reduce<unknown>((value, key) => {
		return value !== null && typeof value === 'object' ? (value as IDataObject)[key] : undefined;
	}, source);
}

/** The values of a credential's secret fields worth hiding (see `secrets.ts`). */
export function credentialSecrets(credentials: IDataObject, fields: string[]): string[] {
	const values: IDataObject = {};
	for (const field of fields) values[field] = credentialField(credentials, field) as string;
	return secretValues(values, fields);
}

/** What every item of one node run needs from its credentials, read once per run. */
export interface RunCredentials {
	/** Secret values of every credential the node has, to take out of errors and output. */
	secrets: string[];
	/** The base URL of the credential in use (or the vendor's default), without a trailing `/`. */
	baseUrl?: string;
	/** The credential in use, decrypted, for hooks that need one of its settings. */
	credentials?: IDataObject;
}

async function readRunCredentials(
	context: IExecuteSingleFunctions,
	vendor: VendorHttp,
): Promise<RunCredentials> {
	const used = Object.keys(context.getNode().credentials ?? {});
	const inUse = vendor.credentialType?.(context) ?? used.find((type) => vendor.secretFields[type]);
	const secrets: string[] = [];
	let baseUrl: string | undefined;
	let inUseCredentials: IDataObject | undefined;
	for (const type of used) {
		const fields = vendor.secretFields[type];
		if (!fields) continue;
		try {
			const credentials = await context.getCredentials(type);
			secrets.push(...credentialSecrets(credentials, fields));
			if (type === inUse) {
				inUseCredentials = credentials;
				if (typeof credentials.baseUrl === 'string' && credentials.baseUrl.trim() !== '') {
					baseUrl = credentials.baseUrl.trim().replace(/\/+$/, '');
				}
			}
		} catch (error) {
			// The credential could not be read, so there is nothing of it to hide.
			void error;
		}
	}
	return { secrets, baseUrl: baseUrl ?? vendor.defaultBaseUrl, credentials: inUseCredentials };
}

const runCredentials = new PerRun<Map<VendorHttp, Promise<RunCredentials>>>();
const newMap = () => new Map<VendorHttp, Promise<RunCredentials>>();

/**
 * The run's credential facts: secrets to redact, the base URL and the credential in use. The
 * engine hands every item of a node run the same execute-data object, so they are read
 * (decrypted) once per run, not once per item.
 */
export async function credentialsOfRun(
	context: IExecuteSingleFunctions,
	vendor: VendorHttp,
): Promise<RunCredentials> {
	const byVendor = runCredentials.get(context, newMap);
	let cached = byVendor.get(vendor);
	if (!cached) {
		cached = readRunCredentials(context, vendor);
		byVendor.set(vendor, cached);
	}
	return await cached;
}
