import { defineResource } from '../../../shared/operation';
import { getAll } from './getAll';
import { createFromCall } from './createFromCall';
import { upload } from './upload';
import { createFromText } from './createFromText';
import { get } from './get';
import { del } from './delete';
import { downloadMp3 } from './downloadMp3';
import { downloadWav } from './downloadWav';

/** CallFire Sound: its operations, one file each (`<operation>.ts`), in the Operation dropdown. */
export const sound = defineResource({
	value: 'sound',
	name: 'Sound',
	defaultOperation: getAll.value,
	operations: [getAll, createFromCall, upload, createFromText, get, del, downloadMp3, downloadWav],
});
