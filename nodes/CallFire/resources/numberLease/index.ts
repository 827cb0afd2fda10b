import { defineResource } from '../../../shared/operation';
import { getAll } from './getAll';
import { get } from './get';
import { update } from './update';
import { getConfigs } from './getConfigs';
import { getConfig } from './getConfig';
import { updateConfig } from './updateConfig';

/** Number Lease: TODO */
export const numberLease = defineResource({
	value: 'numberLease',
	name: 'Number Lease',
	defaultOperation: getAll.value,
	operations: [getAll, get, update, getConfigs, getConfig, updateConfig],
});
