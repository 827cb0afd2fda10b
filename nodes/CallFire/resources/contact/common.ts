import type { FieldSpec } from '../../../shared/operation';

/** The fields several Contact operations share. */

export const contactIdField: FieldSpec = {
	displayName: 'ID',
	name: 'contactId',
	type: 'string',
	required: true,
	default: '',
};
