import { defineOperation } from '../../../shared/operation';
import { ANSWER } from '../../helpers/answers';
import { formBody } from '../../helpers/formBody';
import { formFields, type BodyForm } from '../../helpers/formFields';
import { queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST } from '../../transport';

/** The body, from these form fields. */
const form: BodyForm = {
	parameters: 'orderOrderKeywords',
	fields: [
		{
			path: 'keywords',
			displayName: 'Keywords',
			type: 'list',
			required: true,
			placeholder: 'SUN, MOON',
			description: 'Comma-separated keywords to buy',
		},
	],
};

/** Order → Purchase Keywords: `POST /orders/keywords` (doc line 11004). */
export const orderKeywords = defineOperation({
	value: 'orderKeywords',
	name: 'Purchase Keywords',
	action: 'Buy keywords',
	description: 'Buy keywords',
	method: 'POST',
	path: '/orders/keywords',
	query: { fields: 'orderOptions.fields' },
	output: ANSWER,
	hooks: { preSend: [formBody(form)] },
	request: CALLFIRE_REQUEST,
	fields: [...formFields(form), queryOptions('orderOptions', [])],
});
