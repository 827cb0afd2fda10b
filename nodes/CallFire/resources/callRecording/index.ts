import { defineResource } from '../../../shared/operation';
import { get } from './get';
import { download } from './download';
import { getForCall } from './getForCall';
import { getByName } from './getByName';
import { downloadByName } from './downloadByName';

/** CallFire Call Recording: its operations, one file each (`<operation>.ts`), in the Operation dropdown. */
export const callRecording = defineResource({
	value: 'callRecording',
	name: 'Call Recording',
	defaultOperation: get.value,
	operations: [get, download, getForCall, getByName, downloadByName],
});
