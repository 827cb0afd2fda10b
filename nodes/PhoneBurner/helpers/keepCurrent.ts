import { NodeOperationError, type IDataObject, type IExecuteSingleFunctions } from 'n8n-workflow';

import { vendorRequest } from '../../shared/transport';
import { connection, phoneBurnerHttp } from '../transport';
import { resourceRows, rowsOf, type OutputShape } from './answers';

/**
 * "Keep Current": an update the doc makes send a field (an email's `is_primary`, a phone's
 * `type`) first reads the resource as PhoneBurner has it now and sends that field's value.
 */

/**
 * The resource at the request's own URL as PhoneBurner has it now (a GET before a PUT that must
 * send a field the user chose to keep), read where `shape` says.
 */
export async function readCurrent(
	context: IExecuteSingleFunctions,
	url: string,
	shape: OutputShape,
): Promise<IDataObject | undefined> {
	const { credentialType, base } = await connection(context);
	const body = await vendorRequest(context, phoneBurnerHttp, credentialType, {
		method: 'GET',
		url: `${base}${url}`,
		json: true,
	});
	return (resourceRows(body, shape) ?? rowsOf(body)).rows[0];
}

/**
 * One field of the resource as PhoneBurner has it now (see `readCurrent`); stops with a clear
 * error when the answer does not have it, so nothing is sent in its place.
 */
export async function currentValue(
	context: IExecuteSingleFunctions,
	url: string,
	shape: OutputShape,
	key: string,
	label: string,
): Promise<unknown> {
	const current = await readCurrent(context, url, shape);
	const value = current?.[key];
	if (value === undefined || value === null || value === '') {
		throw new NodeOperationError(
			context.getNode(),
			`Could not keep the current "${label}": PhoneBurner's answer does not have it`,
			{
				description: `Choose a value for ${label} instead of Keep Current.`,
				itemIndex: context.getItemIndex(),
			},
		);
	}
	return value;
}
