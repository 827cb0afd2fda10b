import type { IDataObject, IHttpRequestOptions } from 'n8n-workflow';

import { isObject } from '../../shared/json';
import { redactOutput, redactOutputText, redactText, redactValue } from '../../shared/secrets';
import type { VendorHookContext } from '../../shared/vendor';
import { checkedCredentials } from './login';

/**
 * Keeping the PIN out of errors and output (the `cleanError` and `outputSecrets` hooks of the
 * Call-Em-All `VendorHttp`). The PIN is not among the credential's secret fields: it travels
 * only in the login call and in an account user's PinCode, and a short PIN replaced everywhere
 * would cut phone numbers in every output.
 */

/** The PINs a request carries in its body (a login, or an account user's PinCode). */
function pinsInBody(body: unknown): string[] {
	if (!isObject(body)) return [];
	return typeof body.PinCode === 'string' && body.PinCode !== '' ? [body.PinCode] : [];
}

async function credentialPin(context: VendorHookContext): Promise<string[]> {
	const credentials: IDataObject = await checkedCredentials(context).catch(() => ({}));
	return typeof credentials.pinCode === 'string' ? [credentials.pinCode] : [];
}

/**
 * `cleanError`: takes the PIN out of an error, in place (the executor keeps the error's
 * Retry-After by its identity). Where the request carried a PIN it is removed wherever it
 * appears; elsewhere it cannot have come from this request, so only a PIN long enough to be
 * unambiguous is (a PIN that is part of the API key would otherwise break the key's redaction).
 */
export async function hidePin(
	context: VendorHookContext,
	error: unknown,
	options: IHttpRequestOptions,
): Promise<void> {
	if (error === null || typeof error !== 'object') return;
	const target = error as { message?: unknown; description?: unknown; cause?: unknown };
	const sent = pinsInBody(options.body);
	const strict = sent.length > 0;
	const pins = [...sent, ...(await credentialPin(context))].filter((value) => value.length >= 3);
	if (pins.length === 0) return;
	const text = (value: string) =>
		strict ? redactText(value, pins) : redactOutputText(value, pins);
	if (typeof target.message === 'string') target.message = text(target.message);
	if (typeof target.description === 'string') target.description = text(target.description);
	if (target.cause !== undefined && !(target.cause instanceof Error)) {
		target.cause = strict ? redactValue(target.cause, pins) : redactOutput(target.cause, pins);
	}
}

/**
 * `outputSecrets`: a PIN the request sent as a field (Account User, Log In) and the
 * credential's PIN, hidden from the output with the output rule (a phone number that happens to
 * contain a short PIN is left whole).
 */
export async function pinsToHide(
	context: VendorHookContext,
	options: IHttpRequestOptions,
): Promise<string[]> {
	const pin = (await credentialPin(context)).filter((value) => value.length >= 3);
	return [...pinsInBody(options.body), ...pin];
}
