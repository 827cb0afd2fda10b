import { defineResource } from '../../../shared/operation';
import { create } from './create';
import { getAll } from './getAll';
import { upload } from './upload';
import { get } from './get';
import { del } from './delete';
import { update } from './update';
import { addItems } from './addItems';
import { getItems } from './getItems';
import { removeItems } from './removeItems';
import { removeItem } from './removeItem';

/** CallFire Contact List: its operations, one file each (`<operation>.ts`), in the Operation dropdown. */
export const contactList = defineResource({
	value: 'contactList',
	name: 'Contact List',
	defaultOperation: create.value,
	operations: [
		create,
		getAll,
		upload,
		get,
		del,
		update,
		addItems,
		getItems,
		removeItems,
		removeItem,
	],
});
