import type { INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { readableSubtitle } from '../shared/subtitle';
import { vendorRequestDefaults } from '../shared/transport';

import {
	contactCustomFieldProperties,
	contactEmailProperties,
	contactPhoneProperties,
	contactProperties,
	contactTagProperties,
	contentProperties,
	customFieldProperties,
	dialSessionProperties,
	folderProperties,
	memberProperties,
	phoneNumberProperties,
	tagProperties,
	voicemailProperties,
} from './descriptions';
import { loadOptions } from './GenericFunctions';

export class PhoneBurner implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'PhoneBurner',
		name: 'phoneBurner',
		icon: {
			light: 'file:../../icons/phoneburner.svg',
			dark: 'file:../../icons/phoneburner.dark.svg',
		},
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Manage contacts, folders, tags and dial sessions in PhoneBurner',
		defaults: { name: 'PhoneBurner' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{
				name: 'phoneBurnerApi',
				required: true,
				displayOptions: { show: { authentication: ['accessToken'] } },
			},
			{
				name: 'phoneBurnerOAuth2Api',
				required: true,
				displayOptions: { show: { authentication: ['oAuth2'] } },
			},
		],
		requestDefaults: vendorRequestDefaults(),
		properties: [
			{
				displayName: 'Authentication',
				name: 'authentication',
				type: 'options',
				options: [
					{ name: 'Access Token', value: 'accessToken' },
					{ name: 'OAuth2', value: 'oAuth2' },
				],
				default: 'accessToken',
			},
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Contact', value: 'contact' },
					{ name: 'Contact Custom Field', value: 'contactCustomField' },
					{ name: 'Contact Email', value: 'contactEmail' },
					{ name: 'Contact Phone', value: 'contactPhone' },
					{ name: 'Contact Tag', value: 'contactTag' },
					{ name: 'Content', value: 'content' },
					{ name: 'Custom Field', value: 'customField' },
					{ name: 'Dial Session', value: 'dialSession' },
					{ name: 'Folder', value: 'folder' },
					{ name: 'Member', value: 'member' },
					{ name: 'Phone Number', value: 'phoneNumber' },
					{ name: 'Tag', value: 'tag' },
					{ name: 'Voicemail', value: 'voicemail' },
				],
				default: 'contact',
			},
			...contactProperties,
			...contactCustomFieldProperties,
			...contactEmailProperties,
			...contactPhoneProperties,
			...contactTagProperties,
			...contentProperties,
			...customFieldProperties,
			...dialSessionProperties,
			...folderProperties,
			...memberProperties,
			...phoneNumberProperties,
			...tagProperties,
			...voicemailProperties,
		],
	};

	constructor() {
		// The canvas subtitle in the words of the Resource and Operation dropdowns.
		this.description.subtitle = readableSubtitle(this.description);
	}

	methods = { loadOptions };
}
