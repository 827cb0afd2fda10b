import type { FieldSpec } from '../../../shared/operation';

/** The fields several Account operations share. */

export const accountIdField: FieldSpec = {
	displayName: 'ID',
	name: 'accountId',
	type: 'string',
	required: true,
	default: '',
};

export const accountCalleridField: FieldSpec = {
	displayName: 'Caller ID Number',
	name: 'accountCallerid',
	type: 'string',
	required: true,
	default: '',
};
