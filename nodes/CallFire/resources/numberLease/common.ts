import type { FieldSpec } from '../../../shared/operation';
import { AREA_OPTIONS, queryOptions } from '../../helpers/queryOptions';

/** The fields several Number Lease operations share. */

export const numberLeaseNumberField: FieldSpec = {
	displayName: 'Number',
	name: 'numberLeaseNumber',
	type: 'string',
	required: true,
	default: '',
};

/** The Filters and Options of both lists (leases and their configs) and the query they fill. */
export const numberLeaseFilters: FieldSpec = queryOptions(
	'numberLeaseFilters',
	[...AREA_OPTIONS, { displayName: 'Label Name', name: 'labelName', type: 'string', default: '' }],
	'filters',
);

export const numberLeaseFiltersQuery = {
	fields: 'numberLeaseFilters.fields',
	prefix: 'numberLeaseFilters.prefix',
	city: 'numberLeaseFilters.city',
	state: 'numberLeaseFilters.state',
	zipcode: 'numberLeaseFilters.zipcode',
	lata: 'numberLeaseFilters.lata',
	rateCenter: 'numberLeaseFilters.rateCenter',
	labelName: 'numberLeaseFilters.labelName',
};
