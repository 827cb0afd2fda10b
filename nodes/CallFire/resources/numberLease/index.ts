import { defineResource } from '../../../shared/operation';
import { getAll } from './getAll';
import { get } from './get';
import { update } from './update';
import { getConfigs } from './getConfigs';
import { getConfig } from './getConfig';
import { updateConfig } from './updateConfig';

/** CallFire Number Lease: its operations, one file each (`<operation>.ts`), in the Operation dropdown. */
export const numberLease = defineResource({
	value: 'numberLease',
	name: 'Number Lease',
	defaultOperation: getAll.value,
	operations: [getAll, get, update, getConfigs, getConfig, updateConfig],
});
