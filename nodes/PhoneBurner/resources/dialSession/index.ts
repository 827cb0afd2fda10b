import { defineResource } from '../../../shared/operation';
import { create } from './create';
import { get } from './get';
import { getAll } from './getAll';
import { getCall } from './getCall';
import { getSettings } from './getSettings';
import { getUsage } from './getUsage';
import { updateSettings } from './updateSettings';

/** Dial Session: start dial sessions, read them, their calls, settings and usage (`/dialsession`). */
export const dialSession = defineResource({
	value: 'dialSession',
	name: 'Dial Session',
	defaultOperation: create.value,
	operations: [create, get, getCall, getAll, getSettings, getUsage, updateSettings],
});
