import { defineResource } from '../../../shared/operation';
import { upload } from './upload';
import { downloadPublic } from './downloadPublic';
import { get } from './get';
import { downloadAs } from './downloadAs';
import { download } from './download';

/** CallFire Media: its operations, one file each (`<operation>.ts`), in the Operation dropdown. */
export const media = defineResource({
	value: 'media',
	name: 'Media',
	defaultOperation: upload.value,
	operations: [upload, downloadPublic, get, downloadAs, download],
});
