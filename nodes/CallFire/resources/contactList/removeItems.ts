import { NodeOperationError } from 'n8n-workflow';

import { defineOperation, type ValueFormat } from '../../../shared/operation';
import { formatValue } from '../../../shared/request';
import { ANSWER } from '../../helpers/answers';
import { queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST } from '../../transport';
import { contactListIdField } from './common';

/**
 * The contact IDs, sent repeated (`contactId=1&contactId=2`): each a whole number above 0, and
 * at least one (with none, nothing is sent), checked before any request.
 */
const contactIds: ValueFormat = (value, context, label) => {
	const ids = formatValue(context, value, 'list', label) as string[];
	if (ids.length === 0) {
		throw new NodeOperationError(context.getNode(), `${label} is empty`, {
			itemIndex: context.getItemIndex(),
			description: 'Give at least one ID: with none, nothing is sent',
		});
	}
	for (const id of ids) {
		if (!/^[0-9]+$/.test(id) || /^0+$/.test(id)) {
			throw new NodeOperationError(context.getNode(), `${label}: "${id}" is not an ID`, {
				itemIndex: context.getItemIndex(),
				description: 'Use the numbers CallFire gave them, e.g. 22277003, 23377003',
			});
		}
	}
	return ids;
};

/** Contact List → Remove Contacts: `DELETE /contacts/lists/{id}/items` (doc line 6745). */
export const removeItems = defineOperation({
	value: 'removeItems',
	name: 'Remove Contacts',
	action: 'Remove contacts from a contact list',
	description: 'Remove the given contacts from a contact list',
	method: 'DELETE',
	path: '/contacts/lists/{contactListId}/items',
	pathParameters: { contactListId: { label: 'ID' } },
	query: {
		contactId: {
			from: 'contactListRemoveItemsContactId',
			as: contactIds,
			whenEmpty: 'refuse',
			emptyMessage: 'Contact IDs is empty',
			emptyHint: 'Give at least one ID: with none, nothing is sent',
		},
		fields: 'contactListOptions.fields',
	},
	output: ANSWER,
	request: CALLFIRE_REQUEST,
	fields: [
		contactListIdField,
		{
			displayName: 'Contact IDs',
			name: 'contactListRemoveItemsContactId',
			type: 'string',
			default: '',
			description:
				'Comma-separated IDs of the contacts to remove (at least one; only these are removed)',
			placeholder: '22277003, 23377003',
			required: true,
		},
		queryOptions('contactListOptions', []),
	],
});
