import { defineResource } from '../../../shared/operation';
import { get } from './get';
import { download } from './download';
import { getForCall } from './getForCall';
import { getByName } from './getByName';
import { downloadByName } from './downloadByName';

/** Call Recording: TODO */
export const callRecording = defineResource({
	value: 'callRecording',
	name: 'Call Recording',
	defaultOperation: get.value,
	operations: [get, download, getForCall, getByName, downloadByName],
});
