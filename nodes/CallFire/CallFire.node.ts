import type { INodeType, INodeTypeDescription } from 'n8n-workflow';

import { NodeConnectionTypes } from 'n8n-workflow';

import { buildNodeProperties } from '../shared/builder';
import { readableSubtitle } from '../shared/subtitle';
import { vendorRequestDefaults } from '../shared/transport';
import { loadOptions } from './methods';
import { resources } from './resources';
import { CREDENTIAL_TYPE, callFireHttp } from './transport';

export class CallFire implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'CallFire',
		name: 'callFire',
		icon: { light: 'file:../../icons/callfire.svg', dark: 'file:../../icons/callfire.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'Send calls and texts, run broadcasts and manage contacts, numbers and sounds on CallFire',
		defaults: { name: 'CallFire' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: CREDENTIAL_TYPE, required: true }],
		requestDefaults: vendorRequestDefaults(),
		properties: buildNodeProperties(callFireHttp, {
			resources,
			defaultResource: 'call',
			repeatedNames: ['batchSize'],
			methods: { loadOptions },
		}),
	};

	constructor() {
		// The canvas subtitle in the words of the Resource and Operation dropdowns.
		this.description.subtitle = readableSubtitle(this.description);
	}

	methods = { loadOptions };
}
