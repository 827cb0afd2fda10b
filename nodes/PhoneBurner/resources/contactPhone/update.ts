import {
	NodeOperationError,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
} from 'n8n-workflow';

import { defineOperation } from '../../../shared/operation';
import { readField } from '../../../shared/request';
import { additionalFieldsBody } from '../../helpers/additionalFields';
import { resourceOf } from '../../helpers/answers';
import { pathIds } from '../../helpers/ids';
import { currentValue } from '../../helpers/keepCurrent';
import {
	contactId,
	contactPhoneAdditionalFields,
	phoneId,
	phoneNumberField,
	phoneNumberValue,
	phoneShape,
	phoneTypes,
	primaryConverter,
} from './common';

/**
 * `type`, which the doc requires on every update ("type | form | integer | Yes", doc lines
 * 1202-1206). Keep Current (the default) reads the phone first and sends its own type, so
 * changing the number never turns a cell phone into a home phone.
 */
async function typeOrKeepCurrent(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const choice = readField(this, 'contactPhoneType', 'keep');
	const type =
		choice === 'keep' || choice === '' || choice === undefined
			? Number(await currentValue(this, String(requestOptions.url), phoneShape, 'type', 'Type'))
			: Number(choice);
	if (!Number.isInteger(type) || type < 1 || type > 5) {
		throw new NodeOperationError(
			this.getNode(),
			`The "Type" field must be a phone type from 1 to 5: ${String(choice)}`,
			{ itemIndex: this.getItemIndex() },
		);
	}
	requestOptions.body = { ...((requestOptions.body as IDataObject) ?? {}), type };
	return requestOptions;
}

/** Contact Phone → Update: `PUT /contacts/{contact_id}/phones/{phone_id}` (doc line 1189). */
export const update = defineOperation({
	value: 'update',
	name: 'Update',
	action: 'Update a phone of a contact',
	description: 'Change one phone number of a contact',
	method: 'PUT',
	path: '/contacts/{contactPhoneContactId}/phones/{contactPhonePhoneId}',
	pathParameters: pathIds(contactId, phoneId),
	body: { type: 'json', fields: { phone_number: phoneNumberValue } },
	output: { rows: resourceOf(phoneShape) },
	hooks: {
		// The fields are checked first: the phone is read only for a request that can be sent.
		preSend: [
			additionalFieldsBody({
				collection: contactPhoneAdditionalFields.name,
				convert: primaryConverter,
			}),
			typeOrKeepCurrent,
		],
	},
	fields: [
		contactId.field,
		phoneId.field,
		phoneNumberField,
		{
			// Add's field of the same name (saved in workflows), here with Keep Current.
			displayName: 'Type',
			name: 'contactPhoneType',
			type: 'options',
			default: 'keep',
			description:
				'PhoneBurner needs the type on every update. Keep Current reads the phone first and sends the type it has now.',
			options: [...phoneTypes, { name: 'Keep Current', value: 'keep' }].sort((a, b) =>
				a.name.localeCompare(b.name),
			),
		},
		contactPhoneAdditionalFields,
	],
});
