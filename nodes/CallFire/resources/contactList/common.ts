import { CHOOSE_OR_ID } from '../../../shared/descriptions';
import type { FieldSpec } from '../../../shared/operation';

/** The fields several Contact List operations share. */

export const contactListIdField: FieldSpec = {
	displayName: 'Contact List Name or ID',
	name: 'contactListId',
	// eslint-disable-next-line n8n-nodes-base/node-param-description-missing-from-dynamic-options -- the description is CHOOSE_OR_ID (that text)
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getContactLists' },
	description: CHOOSE_OR_ID,
	required: true,
	default: '',
};
