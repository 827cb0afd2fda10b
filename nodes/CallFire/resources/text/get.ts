import { defineOperation } from '../../../shared/operation';
import { ANSWER } from '../../helpers/answers';
import { queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST } from '../../transport';

/** Text → Get: `GET /texts/{id}` (not in the doc copy). */
export const get = defineOperation({
	value: 'get',
	name: 'Get',
	action: 'Get a text',
	description: 'Get one text by its ID',
	method: 'GET',
	path: '/texts/{textId}',
	query: { fields: 'textOptions.fields' },
	output: ANSWER,
	request: CALLFIRE_REQUEST,
	fields: [
		{ displayName: 'ID', name: 'textId', type: 'string', required: true, default: '' },
		queryOptions('textOptions', []),
	],
});
