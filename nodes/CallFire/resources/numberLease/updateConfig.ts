import { defineOperation } from '../../../shared/operation';
import { ANSWER } from '../../helpers/answers';
import { weeklyFields } from '../../helpers/broadcastFields';
import { formBody } from '../../helpers/formBody';
import { formFields, type BodyForm, type FormField } from '../../helpers/formFields';
import { PHONE_HINT } from '../../helpers/optionLists';
import { queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST } from '../../transport';
import { numberLeaseNumberField } from './common';

const sound = (path: string, label: string): FormField => ({
	path,
	displayName: `${label} Sound Name or ID`,
	type: 'options',
	loadOptions: 'getSounds',
	description: `The ${label.toLowerCase()} sound`,
});

/** The body, from these form fields. */
const form: BodyForm = {
	parameters: 'numberLeaseUpdateConfig',
	fields: [
		{
			path: 'configType',
			displayName: 'Config Type',
			type: 'options',
			required: true,
			default: 'TRACKING',
			options: [
				{
					name: 'Call Tracking',
					value: 'TRACKING',
					description: 'Forward calls to your numbers, with recording and analytics',
				},
				{ name: 'IVR', value: 'IVR', description: 'Answer calls with an IVR dialplan' },
			],
		},
		{
			path: 'callTrackingConfig',
			param: 'callTracking',
			displayName: 'Call Tracking',
			type: 'group',
			placeholder: 'Add Setting',
			showWhen: { configType: ['TRACKING'] },
			description:
				"The number's whole call-tracking setup: give every setting it should have (CallFire's doc does not say that settings left out are kept)",
			fields: [
				{
					path: 'transferNumbers',
					displayName: 'Transfer Numbers',
					type: 'list',
					phone: true,
					placeholder: '12135551122, 12135551189',
					description: `Comma-separated numbers calls are forwarded to. ${PHONE_HINT}.`,
				},
				{
					path: 'recorded',
					displayName: 'Record Calls',
					type: 'boolean',
					default: true,
					description: 'Whether calls are recorded',
				},
				{
					path: 'screen',
					displayName: 'Screen Calls',
					type: 'boolean',
					default: false,
					description: 'Whether the person answering hears who calls before being connected',
				},
				{
					path: 'voicemail',
					displayName: 'Voicemail',
					type: 'boolean',
					default: true,
					description: 'Whether unanswered callers can leave a voicemail',
				},
				sound('introSoundId', 'Intro'),
				sound('whisperSoundId', 'Whisper'),
				sound('voicemailSoundId', 'Voicemail'),
				sound('failedTransferSoundId', 'Failed Transfer'),
				{
					path: 'weeklySchedule',
					displayName: 'Weekly Schedule',
					type: 'group',
					placeholder: 'Add Schedule Field',
					description: 'When calls are forwarded',
					fields: weeklyFields(),
				},
				{
					path: 'googleAnalytics',
					displayName: 'Google Analytics',
					type: 'group',
					placeholder: 'Add Analytics Field',
					fields: [
						{ path: 'domain', displayName: 'Domain', type: 'string' },
						{
							path: 'googleAccountId',
							displayName: 'Google Account ID',
							type: 'string',
							placeholder: 'UA-XXXXX-2X',
						},
						{ path: 'category', displayName: 'Category', type: 'string', placeholder: 'Sales' },
					],
				},
			],
		},
		{
			path: 'ivrInboundConfig.dialplanXml',
			param: 'dialplanXml',
			displayName: 'IVR Dialplan XML',
			type: 'text',
			required: true,
			showWhen: { configType: ['IVR'] },
			description: 'The IVR dialplan that answers the calls',
		},
	],
	json: {
		example:
			'{"configType": "TRACKING", "callTrackingConfig": {"screen": false, "recorded": true, "voicemail": true, "introSoundId": 10004001, "whisperSoundId": 10005002, "voicemailSoundId": 10006003, "failedTransferSoundId": 10007004, "transferNumbers": ["12135551122", "12135551189"], "weeklySchedule": {"startTimeOfDay": {"hour": 10, "minute": 0, "second": 0}, "stopTimeOfDay": {"hour": 18, "minute": 0, "second": 0}, "daysOfWeek": ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"], "timeZone": "America/New_York"}, "googleAnalytics": {"domain": "domain-name", "googleAccountId": "UA-XXXXX-2X", "category": "Sales"}}}',
	},
	check: (body) =>
		body.configType === 'TRACKING' && body.callTrackingConfig === undefined
			? 'Call Tracking needs at least one setting, e.g. Transfer Numbers'
			: undefined,
};

/** Number Lease → Update Config: `PUT /numbers/leases/configs/{number}` (doc line 10108). */
export const updateConfig = defineOperation({
	value: 'updateConfig',
	name: 'Update Config',
	action: 'Update a number config',
	description: 'Set a leased number to forward calls (call tracking) or answer with an IVR',
	method: 'PUT',
	path: '/numbers/leases/configs/{numberLeaseNumber}',
	query: { fields: 'numberLeaseOptions.fields' },
	output: ANSWER,
	hooks: { preSend: [formBody(form)] },
	request: CALLFIRE_REQUEST,
	fields: [numberLeaseNumberField, ...formFields(form), queryOptions('numberLeaseOptions', [])],
});
