import type { FieldSpec } from '../../../shared/operation';

/** The fields several Number Lease operations share. */

export const numberLeaseNumberField: FieldSpec = {
	displayName: 'Number',
	name: 'numberLeaseNumber',
	type: 'string',
	required: true,
	default: '',
};
