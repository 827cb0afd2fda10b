import type { INodeType, INodeTypeDescription } from 'n8n-workflow';

import { NodeConnectionTypes } from 'n8n-workflow';

import { buildNodeProperties } from '../shared/builder';
import { readableSubtitle } from '../shared/subtitle';
import { vendorRequestDefaults } from '../shared/transport';
import { listSearch } from './methods';
import { resources } from './resources';
import { CREDENTIAL_TYPE, primeVoxHttp } from './transport';

export class PrimeVox implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'PrimeVox',
		name: 'primeVox',
		icon: { light: 'file:../../icons/primevox.svg', dark: 'file:../../icons/primevox.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'Read call history, download recordings and annotate calls on a PrimeVox hosted PBX',
		defaults: { name: 'PrimeVox' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: CREDENTIAL_TYPE, required: true }],
		requestDefaults: vendorRequestDefaults(),
		properties: buildNodeProperties(primeVoxHttp, { resources, methods: { listSearch } }),
	};

	constructor() {
		// The canvas subtitle in the words of the Resource and Operation dropdowns.
		this.description.subtitle = readableSubtitle(this.description);
	}

	methods = { listSearch };
}
