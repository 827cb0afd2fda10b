import type { FieldSpec } from '../../../shared/operation';

/** The fields several Keyword Lease operations share. */

export const keywordLeaseKeywordField: FieldSpec = {
	displayName: 'Keyword',
	name: 'keywordLeaseKeyword',
	type: 'string',
	required: true,
	default: '',
};
