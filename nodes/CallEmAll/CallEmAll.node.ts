import type { INodeType, INodeTypeDescription } from 'n8n-workflow';

import { NodeConnectionTypes } from 'n8n-workflow';

import { buildNodeProperties } from '../shared/builder';
import { readableSubtitle } from '../shared/subtitle';
import { vendorRequestDefaults } from '../shared/transport';

import { loadOptions } from './methods';
import { resources } from './resources';
import { CREDENTIAL_TYPE, callEmAllHttp } from './transport';

/** The node's properties, built from the operation specs of `resources/`. */
const properties = buildNodeProperties(callEmAllHttp, {
	resources,
	defaultResource: 'broadcast',
	methods: { loadOptions },
	// Names saved workflows use for fields that differ between operations: each resource's
	// Options collection (its own list options), Contact List ID (every list, or your own lists
	// for Delete) and Requests (each names its own endpoint).
	repeatedNames: ['options', 'listId', 'deleteRequests'],
});

export class CallEmAll implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Call-Em-All',
		name: 'callEmAll',
		icon: { light: 'file:../../icons/callemall.svg', dark: 'file:../../icons/callemall.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'Send voice and text broadcasts and manage contacts, lists and opt-outs with Call-Em-All (now called Text-Em-All)',
		defaults: { name: 'Call-Em-All' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: CREDENTIAL_TYPE, required: true }],
		requestDefaults: vendorRequestDefaults(),
		properties,
	};

	constructor() {
		// The canvas subtitle in the words of the Resource and Operation dropdowns.
		this.description.subtitle = readableSubtitle(this.description);
	}

	methods = { loadOptions };
}
