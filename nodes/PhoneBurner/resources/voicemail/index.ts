import { defineResource } from '../../../shared/operation';
import { getAll } from './getAll';

/** Voicemail: the account's recorded voicemails (`/voicemails`). */
export const voicemail = defineResource({
	value: 'voicemail',
	name: 'Voicemail',
	defaultOperation: getAll.value,
	operations: [getAll],
});
