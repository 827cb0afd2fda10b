import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestOptions,
	INodeProperties,
	Icon,
} from 'n8n-workflow';

/** The PrimeVox auth values, sent in the query string, or in the body of a urlencoded POST. */
export function primeVoxAuthValues(
	credentials: ICredentialDataDecryptedObject,
): Record<string, string> {
	const values: Record<string, string> = {
		auth: String(credentials.authKey ?? ''),
		containerID: String(credentials.containerId ?? ''),
	};
	const tenant = String(credentials.tenantId ?? '').trim();
	if (tenant !== '') values.tenantID = tenant;
	return values;
}

export class PrimeVoxApi implements ICredentialType {
	name = 'primeVoxApi';

	displayName = 'PrimeVox PBX API';

	icon: Icon = { light: 'file:../icons/primevox.svg', dark: 'file:../icons/primevox.dark.svg' };

	documentationUrl = 'https://github.com/n8n-nodes-telephony/n8n-nodes-telephony#primevox';

	properties: INodeProperties[] = [
		{
			displayName: 'API Auth Key',
			name: 'authKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'The API key generated in the Users area of the PBX portal',
		},
		{
			displayName: 'Container ID',
			name: 'containerId',
			type: 'string',
			default: '',
			required: true,
			placeholder: '123456',
			description: 'The 6-digit number shown in the top-left corner of the PBX dashboard',
		},
		{
			displayName: 'Tenant ID',
			name: 'tenantId',
			type: 'string',
			default: '',
			placeholder: '001',
			description: 'The 3-digit tenant number. Leave empty (or 0) for the default tenant.',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://pbx.primevox.net/api',
			description: 'Where the PBX API lives. Change it only for a staging or self-hosted PBX.',
		},
		{
			displayName: 'Call List Script',
			name: 'callListScript',
			type: 'string',
			default: 'call_list.php',
			description: 'Script name of the Call Summary API, relative to the base URL',
		},
		{
			displayName: 'Call Details Script',
			name: 'callDetailsScript',
			type: 'string',
			default: 'call_details.php',
			description:
				'Script name of the Call Details API. The PrimeVox doc does not name it; change it if your PBX uses another name.',
		},
		{
			displayName: 'Recording Script',
			name: 'recordingScript',
			type: 'string',
			default: 'call_recording.php',
			description:
				'Script name of the recording download. The PrimeVox doc does not name it; change it if your PBX uses another name.',
		},
		{
			displayName: 'Call Notes Script',
			name: 'callNotesScript',
			type: 'string',
			default: 'call_notes.php',
			description:
				'Script name of the call notes / follow-up / severity API. The PrimeVox doc does not name it; change it if your PBX uses another name.',
		},
	];

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const auth = primeVoxAuthValues(credentials);
		const isFormPost =
			String(requestOptions.method ?? 'GET').toUpperCase() === 'POST' &&
			typeof requestOptions.body === 'object' &&
			requestOptions.body !== null &&
			!Buffer.isBuffer(requestOptions.body);
		if (isFormPost) {
			// The notes API reads its auth values from the urlencoded body only.
			return {
				...requestOptions,
				body: { ...auth, ...(requestOptions.body as object) },
			};
		}
		return { ...requestOptions, qs: { ...auth, ...(requestOptions.qs ?? {}) } };
	}

	test: ICredentialTestRequest = {
		request: {
			// A credential saved without a Base URL uses the production API, as the node does.
			baseURL: '={{($credentials.baseUrl || "https://pbx.primevox.net/api").replace(/\\/+$/, "")}}',
			url: '=/{{$credentials.callListScript}}',
			method: 'GET',
			qs: { page: 1, showInbound: 0, showOutbound: 0, showInternal: 0 },
		},
		rules: [
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'error',
					value: 'Your API Auth Key is invalid.',
					message: 'Your API Auth Key is invalid.',
				},
			},
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'error',
					value: 'Your Container ID is invalid.',
					message: 'Your Container ID is invalid.',
				},
			},
		],
	};
}
