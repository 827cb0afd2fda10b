import { defineOperation } from '../../../shared/operation';
import { resourceOf } from '../../helpers/answers';
import { pathId, pathIds } from '../../helpers/ids';
import { includeRecordingField, includeRecordingValue } from './common';

const callId = pathId('dialSessionCallId', 'Call ID');

/** Dial Session → Get Call: `GET /dialsession/call/{call_id}` (doc line 1871). */
export const getCall = defineOperation({
	value: 'getCall',
	name: 'Get Call',
	action: 'Get a dial session call',
	description: 'Get the details of one call',
	method: 'GET',
	path: '/dialsession/call/{dialSessionCallId}',
	pathParameters: pathIds(callId),
	query: { include_recording: includeRecordingValue },
	output: { rows: resourceOf({ path: ['call', 'call'] }) },
	fields: [callId.field, includeRecordingField],
});
