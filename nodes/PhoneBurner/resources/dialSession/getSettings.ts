import { defineOperation } from '../../../shared/operation';
import { resourceOf } from '../../helpers/answers';
import { settingsShape } from './common';

/** Dial Session → Get Settings: `GET /dialsession/settings` (doc line 1920). */
export const getSettings = defineOperation({
	value: 'getSettings',
	name: 'Get Settings',
	action: 'Get dial session settings',
	description: 'Get the current dial session settings',
	method: 'GET',
	path: '/dialsession/settings',
	output: { rows: resourceOf(settingsShape) },
});
