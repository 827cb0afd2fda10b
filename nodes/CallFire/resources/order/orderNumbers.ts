import { defineOperation } from '../../../shared/operation';
import { ANSWER } from '../../helpers/answers';
import { formBody } from '../../helpers/formBody';
import { formFields, type BodyForm } from '../../helpers/formFields';
import { queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST } from '../../transport';
import { PHONE_HINT } from '../../helpers/optionLists';

/** The body, from these form fields. */
const form: BodyForm = {
	parameters: 'orderOrderNumbers',
	fields: [
		{
			path: 'numbers',
			displayName: 'Phone Numbers',
			type: 'list',
			phone: true,
			placeholder: '12131234567, 12131234568',
			description: `Comma-separated numbers to buy (or give a count under Additional Fields). ${PHONE_HINT}.`,
		},
	],
	optional: [
		{
			path: 'localCount',
			displayName: 'Local Count',
			type: 'number',
			default: 1,
			description: 'How many local numbers to buy, in the area given below',
		},
		{
			path: 'tollFreeCount',
			displayName: 'Toll-Free Count',
			type: 'number',
			default: 1,
			description: 'How many toll-free numbers to buy',
		},
		{ path: 'prefix', displayName: 'Prefix', type: 'string', description: 'Prefix of the numbers' },
		{ path: 'city', displayName: 'City', type: 'string' },
		{
			path: 'state',
			displayName: 'State',
			type: 'string',
			placeholder: 'CA',
			description: 'Two-letter state code',
		},
		{ path: 'zipcode', displayName: 'Zip Code', type: 'string', placeholder: '90401' },
		{
			path: 'lata',
			displayName: 'LATA',
			type: 'string',
			description: 'Local access and transport area',
		},
		{ path: 'rateCenter', displayName: 'Rate Center', type: 'string' },
	],
	check: (body) =>
		body.numbers || body.localCount || body.tollFreeCount
			? undefined
			: 'Give the phone numbers to buy, or a Local Count or Toll-Free Count',
};

/** Order → Purchase Numbers: `POST /orders/numbers` (doc line 11118). */
export const orderNumbers = defineOperation({
	value: 'orderNumbers',
	name: 'Purchase Numbers',
	action: 'Buy numbers',
	description: 'Buy phone numbers, given or by count and area',
	method: 'POST',
	path: '/orders/numbers',
	query: { fields: 'orderOptions.fields' },
	output: ANSWER,
	hooks: { preSend: [formBody(form)] },
	request: CALLFIRE_REQUEST,
	fields: [...formFields(form), queryOptions('orderOptions', [])],
});
