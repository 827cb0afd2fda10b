import type { INodeType, INodeTypeDescription } from 'n8n-workflow';

import { NodeConnectionTypes } from 'n8n-workflow';

import { readableSubtitle } from '../shared/subtitle';
import { vendorRequestDefaults } from '../shared/transport';
import { callFireLoadOptions } from './LoadOptions';

import {
	accountDescription,
	autoReplyDescription,
	batchDescription,
	callBroadcastDescription,
	callDescription,
	callRecordingDescription,
	contactDescription,
	contactListDescription,
	doNotContactDescription,
	keywordDescription,
	keywordLeaseDescription,
	mediaDescription,
	numberDescription,
	numberLeaseDescription,
	orderDescription,
	soundDescription,
	textBroadcastDescription,
	textDescription,
	webhookDescription,
} from './descriptions';

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
		credentials: [{ name: 'callFireApi', required: true }],
		requestDefaults: vendorRequestDefaults(),
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Account', value: 'account' },
					{ name: 'Auto Reply', value: 'autoReply' },
					{ name: 'Batch', value: 'batch' },
					{ name: 'Call', value: 'call' },
					{ name: 'Call Broadcast', value: 'callBroadcast' },
					{ name: 'Call Recording', value: 'callRecording' },
					{ name: 'Contact', value: 'contact' },
					{ name: 'Contact List', value: 'contactList' },
					{ name: 'Do Not Contact', value: 'doNotContact' },
					{ name: 'Keyword', value: 'keyword' },
					{ name: 'Keyword Lease', value: 'keywordLease' },
					{ name: 'Media', value: 'media' },
					{ name: 'Number', value: 'number' },
					{ name: 'Number Lease', value: 'numberLease' },
					{ name: 'Order', value: 'order' },
					{ name: 'Sound', value: 'sound' },
					{ name: 'Text', value: 'text' },
					{ name: 'Text Broadcast', value: 'textBroadcast' },
					{ name: 'Webhook', value: 'webhook' },
				],
				default: 'call',
			},
			...accountDescription,
			...callDescription,
			...callRecordingDescription,
			...callBroadcastDescription,
			...batchDescription,
			...soundDescription,
			...contactDescription,
			...contactListDescription,
			...doNotContactDescription,
			...keywordDescription,
			...keywordLeaseDescription,
			...mediaDescription,
			...numberDescription,
			...numberLeaseDescription,
			...orderDescription,
			...textDescription,
			...autoReplyDescription,
			...textBroadcastDescription,
			...webhookDescription,
		],
	};

	constructor() {
		// The canvas subtitle in the words of the Resource and Operation dropdowns.
		this.description.subtitle = readableSubtitle(this.description);
	}

	methods = { loadOptions: callFireLoadOptions };
}
