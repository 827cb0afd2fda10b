import type { INodeProperties } from 'n8n-workflow';

import { LIMIT, RETURN_ALL } from '../../shared/descriptions';
import type { FieldSpec } from '../../shared/operation';

/** The `fields` option every operation has (vendor README: "selects a partial response everywhere"). */
export const FIELDS_OPTION: INodeProperties = {
	displayName: 'Fields',
	name: 'fields',
	type: 'string',
	default: '',
	// eslint-disable-next-line n8n-nodes-base/node-param-description-miscased-id -- items(id,name) is CallFire syntax
	description: 'Only return these fields, e.g. items(id,name) (CallFire partial response)',
};

/**
 * An operation's Options collection (Filters and Options for a list): Fields and the
 * operation's optional query parameters, sorted as n8n's lint wants. Its name is the
 * resource's (`textOptions`; a list's `textFilters`): the builder merges the collections of one
 * resource into one property, each option shown for the operations that have it, so n8n's engine
 * walks one property per resource instead of one per operation for every item.
 */
export function queryOptions(
	name: string,
	options: INodeProperties[] = [],
	kind: 'options' | 'filters' = 'options',
): FieldSpec {
	return {
		displayName: kind === 'filters' ? 'Filters and Options' : 'Options',
		name,
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		options: [FIELDS_OPTION, ...options].sort((a, b) => a.displayName.localeCompare(b.displayName)),
	};
}

/**
 * Return All and Limit, for a list whose fields start with the ID of what it lists (the builder
 * would put them in front of it).
 */
/** The Limit field, shown while Return All is off (`show` instead of LIMIT's displayOptions). */
export const LIMIT_FIELD: FieldSpec = {
	displayName: LIMIT.displayName,
	name: LIMIT.name,
	type: LIMIT.type,
	default: LIMIT.default,
	typeOptions: LIMIT.typeOptions,
	description: LIMIT.description,
	show: { returnAll: [false] },
};

export const PAGING_FIELDS: FieldSpec[] = [RETURN_ALL, LIMIT_FIELD];

/** Options → Strict Validation, of every endpoint that checks numbers (doc: `strictValidation`). */
export const STRICT_VALIDATION_OPTION: INodeProperties = {
	displayName: 'Strict Validation',
	name: 'strictValidation',
	type: 'boolean',
	default: false,
	description:
		'Whether CallFire refuses the whole request (HTTP 400) when one number does not pass validation',
};

/** A time range of a list (`intervalBegin`, `intervalEnd`), in Unix milliseconds. */
export const INTERVAL_OPTIONS: INodeProperties[] = [
	{
		displayName: 'Interval Begin',
		name: 'intervalBegin',
		type: 'number',
		default: 0,
		description: 'Unix time in milliseconds',
	},
	{
		displayName: 'Interval End',
		name: 'intervalEnd',
		type: 'number',
		default: 0,
		description: 'Unix time in milliseconds',
	},
];

/** Where a number is (the number search filters: prefix, city, state, zip code, LATA, rate center). */
export const AREA_OPTIONS: INodeProperties[] = [
	{ displayName: 'City', name: 'city', type: 'string', default: '' },
	{ displayName: 'Lata', name: 'lata', type: 'string', default: '' },
	{ displayName: 'Prefix', name: 'prefix', type: 'string', default: '' },
	{ displayName: 'Rate Center', name: 'rateCenter', type: 'string', default: '' },
	{ displayName: 'State', name: 'state', type: 'string', default: '' },
	{ displayName: 'Zipcode', name: 'zipcode', type: 'string', default: '' },
];

/**
 * The query of Call → Get Many and Text → Get Many, read from the operation's Filters and
 * Options: the doc gives `GET /calls` and `GET /texts` the same filters.
 */
export function sentOrReceivedQuery(collection: 'callFilters' | 'textFilters') {
	return {
		fields: `${collection}.fields`,
		id: { from: `${collection}.id`, as: 'list' as const },
		campaignId: `${collection}.campaignId`,
		batchId: `${collection}.batchId`,
		fromNumber: `${collection}.fromNumber`,
		toNumber: `${collection}.toNumber`,
		label: `${collection}.label`,
		states: { from: `${collection}.states`, as: 'csv' as const },
		results: { from: `${collection}.results`, as: 'csv' as const },
		inbound: `${collection}.inbound`,
		intervalBegin: `${collection}.intervalBegin`,
		intervalEnd: `${collection}.intervalEnd`,
	};
}
