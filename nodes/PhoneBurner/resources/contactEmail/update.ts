import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { defineOperation } from '../../../shared/operation';
import { readField } from '../../../shared/request';
import { additionalFieldsBody } from '../../helpers/additionalFields';
import { resourceOf } from '../../helpers/answers';
import { pathIds } from '../../helpers/ids';
import { currentValue } from '../../helpers/keepCurrent';
import {
	contactEmailAdditionalFields,
	contactId,
	emailAddressField,
	emailAddressValue,
	emailId,
	emailShape,
} from './common';

/**
 * `is_primary`, which the doc requires on every update ("is_primary | form | boolean | Yes", doc
 * lines 988-992). Keep Current reads the address first and sends its own value, so changing the
 * address never demotes the primary one.
 */
async function primaryOrKeepCurrent(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const choice = readField(this, 'contactEmailUpdatePrimary', 'keep');
	const isPrimary =
		choice === 'keep'
			? await currentValue(this, String(requestOptions.url), emailShape, 'is_primary', 'Primary')
			: choice === 'yes';
	requestOptions.body = {
		...((requestOptions.body as IDataObject) ?? {}),
		is_primary: isPrimary === true || isPrimary === 1 || isPrimary === '1' || isPrimary === 'true',
	};
	return requestOptions;
}

/** Contact Email → Update: `PUT /contacts/{contact_id}/emails/{email_id}` (doc line 975). */
export const update = defineOperation({
	value: 'update',
	name: 'Update',
	action: 'Update an email address of a contact',
	description: 'Change one email address of a contact',
	method: 'PUT',
	path: '/contacts/{contactEmailContactId}/emails/{contactEmailEmailId}',
	pathParameters: pathIds(contactId, emailId),
	body: { type: 'json', fields: { email_address: emailAddressValue } },
	output: { rows: resourceOf(emailShape) },
	hooks: {
		// The fields are checked first: the address is read only for a request that can be sent.
		preSend: [
			additionalFieldsBody({ collection: contactEmailAdditionalFields.name }),
			primaryOrKeepCurrent,
		],
	},
	fields: [
		contactId.field,
		emailId.field,
		emailAddressField,
		{
			displayName: 'Primary',
			name: 'contactEmailUpdatePrimary',
			type: 'options',
			default: 'keep',
			description:
				'PhoneBurner needs this on every update. Keep Current reads the address first and sends what it has now.',
			options: [
				{ name: 'Keep Current', value: 'keep' },
				{ name: 'Make Primary', value: 'yes' },
				{ name: 'Not Primary', value: 'no' },
			],
		},
		contactEmailAdditionalFields,
	],
});
