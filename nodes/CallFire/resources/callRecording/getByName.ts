import { defineOperation } from '../../../shared/operation';
import { ANSWER } from '../../helpers/answers';
import { queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST } from '../../transport';
import { callRecordingIdField, callRecordingNameField } from './common';

/** Call Recording → Get by Name: `GET /calls/{id}/recordings/{name}` (doc line 2861). */
export const getByName = defineOperation({
	value: 'getByName',
	name: 'Get by Name',
	action: 'Get a call recording by name',
	description: "Get a call recording's details by call ID and recording name",
	method: 'GET',
	path: '/calls/{callRecordingId}/recordings/{callRecordingName}',
	query: { fields: 'callRecordingOptions.fields' },
	output: ANSWER,
	request: CALLFIRE_REQUEST,
	fields: [callRecordingIdField, callRecordingNameField, queryOptions('callRecordingOptions', [])],
});
