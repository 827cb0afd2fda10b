import { defineOperation } from '../../../shared/operation';
import { ANSWER } from '../../helpers/answers';
import { queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST } from '../../transport';
import { batchIdField } from './common';

/** Batch → Get: `GET /campaigns/batches/{id}` (doc line 3086). */
export const get = defineOperation({
	value: 'get',
	name: 'Get',
	action: 'Get a batch',
	description: 'Get one batch of a broadcast by its ID',
	method: 'GET',
	path: '/campaigns/batches/{batchId}',
	query: { fields: 'batchOptions.fields' },
	output: ANSWER,
	request: CALLFIRE_REQUEST,
	fields: [batchIdField, queryOptions('batchOptions', [])],
});
