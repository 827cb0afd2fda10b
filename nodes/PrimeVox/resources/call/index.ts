import { defineResource } from '../../../shared/operation';
import { downloadRecording } from './downloadRecording';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

/** Call: the PBX's call history (Call Summary, Call Details), recordings and call notes. */
export const call = defineResource({
	value: 'call',
	name: 'Call',
	defaultOperation: getAll.value,
	operations: [getAll, get, downloadRecording, update],
});
