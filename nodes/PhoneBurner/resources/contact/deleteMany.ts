import {
	NodeOperationError,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
} from 'n8n-workflow';

import { defineOperation } from '../../../shared/operation';
import { readField } from '../../../shared/request';
import { resourceOf } from '../../helpers/answers';
import { contactShape, permanentField } from './common';

/**
 * The body: `{contact_user_ids: [...]}` (doc lines 442-446: "An array of contacts to remove"),
 * at least one numeric ID; anything else (empty, names, an object) stops the item, so
 * `DELETE /contacts` never goes out with an empty list.
 */
async function contactIdsBody(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const raw = String(readField(this, 'contactIds') ?? '');
	const ids = raw
		.split(',')
		.map((value) => value.trim())
		.filter((value) => value !== '');
	if (ids.length === 0 || ids.some((value) => !/^\d+$/.test(value))) {
		throw new NodeOperationError(
			this.getNode(),
			'The "Contact IDs" field must list contact IDs separated by commas',
			{ itemIndex: this.getItemIndex() },
		);
	}
	requestOptions.body = { contact_user_ids: ids.map(Number) };
	return requestOptions;
}

/** Contact → Delete Many: `DELETE /contacts` (doc line 429) with the IDs in the body. */
export const deleteMany = defineOperation({
	value: 'deleteMany',
	name: 'Delete Many',
	action: 'Delete many contacts',
	description: 'Move several contacts to the trash, or delete them for good',
	method: 'DELETE',
	path: '/contacts',
	query: { permanent: { from: 'permanent', as: 'flagWhenOn' } },
	output: { rows: resourceOf(contactShape) },
	hooks: { preSend: [contactIdsBody] },
	fields: [
		{
			displayName: 'Contact IDs',
			name: 'contactIds',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. 404531653, 404531652',
			description: 'The contacts to delete, separated by commas',
		},
		permanentField,
	],
});
