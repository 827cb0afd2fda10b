import { defineOperation } from '../../../shared/operation';
import { ANSWER } from '../../helpers/answers';
import { queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST } from '../../transport';
import { soundIdField } from './common';

/** Sound → Get: `GET /campaigns/sounds/{id}` (doc line 3815). */
export const get = defineOperation({
	value: 'get',
	name: 'Get',
	action: 'Get a sound',
	description: 'Get one sound by its ID',
	method: 'GET',
	path: '/campaigns/sounds/{soundId}',
	pathParameters: { soundId: { label: 'ID' } },
	query: { fields: 'soundOptions.fields' },
	output: ANSWER,
	request: CALLFIRE_REQUEST,
	fields: [soundIdField, queryOptions('soundOptions', [])],
});
