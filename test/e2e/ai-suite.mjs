// AI agents using this package's nodes as tools, in a real n8n: the README's example workflows
// (docs/examples/ai-agent-*.json: Chat Trigger → n8n's AI Agent, its OpenAI Chat Model, two of
// our `…Tool` nodes with `$fromAI()` parameters) are created and published through the editor's
// REST API, as a user importing them would; the OpenAI credential's Base URL points at a local
// model stand-in (standins/openai-standin.mjs) that follows a script per prompt, and the vendor
// stand-ins answer the tools. Checked: the `tools` array n8n sends the model (names,
// descriptions, `$fromAI()` fields with types and descriptions), the vendor request the
// AI-chosen values make, the answer quoting the tool results, and vendor errors (404, a wrong
// key) coming back to the model as tool results while the run goes on.
//
//   node test/e2e/ai-suite.mjs    runs this suite alone (packs and installs the package first).
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { createChecks, editorSession, freePort, sleep, startN8nServer } from './lib.mjs';
import { startCallEmAll } from './standins/cea-standin.mjs';
import { startCallFire } from './standins/cf-standin.mjs';
import { startOpenAi, toolExchanges } from './standins/openai-standin.mjs';
import { startPhoneBurner } from './standins/pb-standin.mjs';
import { startPrimeVox } from './standins/primevox.mjs';

const require = createRequire(import.meta.url);
const { nodeNameToToolName, traverseNodeParameters } = require('n8n-workflow');

const EXAMPLES_DIR = new URL('../../docs/examples/', import.meta.url);
export const EXAMPLE_FILES = {
	primeVox: 'ai-agent-primevox.json',
	phoneBurner: 'ai-agent-phoneburner.json',
	callFire: 'ai-agent-callfire.json',
	callEmAll: 'ai-agent-call-em-all.json',
};
const VENDOR_NAMES = {
	primeVox: 'PrimeVox',
	phoneBurner: 'PhoneBurner',
	callFire: 'CallFire',
	callEmAll: 'Call-Em-All',
};
const NODE_FILES = {
	primeVox: 'PrimeVox/PrimeVox',
	phoneBurner: 'PhoneBurner/PhoneBurner',
	callFire: 'CallFire/CallFire',
	callEmAll: 'CallEmAll/CallEmAll',
};

export const loadExample = (vendor) =>
	JSON.parse(readFileSync(new URL(EXAMPLE_FILES[vendor], EXAMPLES_DIR), 'utf8'));
const isToolNode = (node) => /^n8n-nodes-telephony\.\w+Tool$/.test(node.type);

/** The `$fromAI()` fields of a node, as n8n reads them from its parameters. */
export function fromAiFields(node) {
	const collected = [];
	traverseNodeParameters(node.parameters, collected);
	return new Map(collected.map((field) => [field.key, field]));
}

/** The tool description n8n makes for a node left on "Set Automatically": `<action> in <node>`. */
function expectedDescription(vendor, parameters) {
	const built = require(`../../dist/nodes/${NODE_FILES[vendor]}.node.js`);
	const description = new (Object.values(built)[0])().description;
	const operations = description.properties.find(
		(property) =>
			property.name === 'operation' &&
			property.displayOptions?.show?.resource?.includes(parameters.resource),
	);
	const action = operations?.options.find(
		(option) => option.value === parameters.operation,
	)?.action;
	return {
		action,
		text: `${action} in ${description.defaults.name}`,
		nodeDescription: description.description,
	};
}

// ---------------------------------------------------------------------------------------------
// What the "model" does for each prompt: the tools it calls, round by round, with the values a
// model would pick from the prompt and from earlier results. `json` of a result is the list of
// items the tool returned (or `[{ error }]`).
const first = (result) => (Array.isArray(result?.json) ? result.json[0] : undefined) ?? {};
/** The same tool twice, one round each: a missing record first, then one that exists. */
const oneAfterTheOther = (tool, key, missing, found) => [
	[{ tool, args: { [key]: missing } }],
	[{ tool, args: { [key]: found } }],
];
/** CallFire: read a contact, then text its home phone (the example's own use). */
const textContact = (contactId) => ({
	prompt: `Text contact ${contactId} on their home phone that their order has shipped.`,
	rounds: [
		[{ tool: 'Get_contact', args: { contact_id: contactId } }],
		(results) => [
			{
				tool: 'Send_text',
				args: {
					to_number: first(results[0]).homePhone,
					message: `Hi ${first(results[0]).firstName}, your order has shipped.`,
				},
			},
		],
	],
	answer: (results) =>
		`Contact ${contactId} is ${first(results[0]).firstName} ${first(results[0]).lastName}. Text ${first(results[1]).id} to ${first(results[1]).toNumber} is ${first(results[1]).state}.`,
});
const SCENARIOS = [
	{
		id: 'pv-voicemails',
		vendor: 'primeVox',
		prompt: 'Which calls on 5 January 2024 went to voicemail? Flag the first one for a call-back.',
		rounds: [
			[
				{
					tool: 'Find_calls',
					args: {
						only_voicemail: true,
						from_date: '2024-01-05T00:00:00',
						to_date: '2024-01-05T23:59:59',
					},
				},
			],
			(results) => [
				{
					tool: 'Add_call_note',
					args: {
						call_uuid: first(results[0]).callUuid,
						notes: 'Left a voicemail: call back today',
						flag_for_follow_up: true,
					},
				},
			],
		],
		answer: (results) =>
			`${results[0].json.length} calls went to voicemail, the first is ${first(results[0]).callUuid} from ${first(results[0]).cidNum}. I flagged it: ${first(results[1]).message ?? results[1].content}`,
	},
	{
		id: 'pb-lead',
		vendor: 'phoneBurner',
		prompt:
			'Add Dana Reyes, 949-555-1234, dana@example.com, as a lead, then read the new contact back.',
		rounds: [
			[
				{
					tool: 'Create_contact',
					args: {
						first_name: 'Dana',
						last_name: 'Reyes',
						phone: '9495551234',
						email: 'dana@example.com',
					},
				},
			],
			(results) => [
				{ tool: 'Get_contact', args: { contact_id: first(results[0]).contact_user_id } },
			],
		],
		answer: (results) =>
			`Created contact ${first(results[0]).contact_user_id} (${first(results[0]).first_name} ${first(results[0]).last_name}, ${first(results[0]).phone}). Reading it back gives ${first(results[1]).first_name} ${first(results[1]).last_name}, ${first(results[1]).primary_phone?.raw_phone}.`,
	},
	{
		id: 'cf-text',
		vendor: 'callFire',
		...textContact('1'),
	},
	{
		id: 'cea-broadcast',
		vendor: 'callEmAll',
		prompt: 'How did broadcast 33945 do? Then text Ann at 2145550001 that the results are in.',
		rounds: [
			[{ tool: 'Get_broadcast', args: { broadcast_id: 33945 } }],
			(results) => [
				{
					tool: 'Send_text_broadcast',
					args: {
						broadcast_name: 'Results are in',
						phone: '2145550001',
						first_name: 'Ann',
						message: `Hi Ann, "${first(results[0]).BroadcastName}" reached ${first(results[0]).DeliveredTexts} of ${first(results[0]).PhoneNumberCount}.`,
					},
				},
			],
		],
		answer: (results) =>
			`Broadcast 33945 ("${first(results[0]).BroadcastName}") delivered ${first(results[0]).DeliveredTexts} text(s). I started broadcast ${first(results[1]).BroadcastID}, status ${first(results[1]).BroadcastStatus}.`,
	},
	// Vendor errors: the tool result carries the error, the model reads it and carries on.
	{
		id: 'pb-404',
		vendor: 'phoneBurner',
		prompt: 'Read contacts 999999 and 12.',
		rounds: oneAfterTheOther('Get_contact', 'contact_id', '999999', '12'),
		answer: (results) =>
			`Contact 999999: ${first(results[0]).error}. Contact 12 is ${first(results[1]).first_name} ${first(results[1]).last_name}.`,
	},
	{
		id: 'cf-404',
		vendor: 'callFire',
		prompt: 'Look up contacts 404404 and 2.',
		rounds: oneAfterTheOther('Get_contact', 'contact_id', '404404', '2'),
		answer: (results) =>
			`Contact 404404: ${first(results[0]).error}. Contact 2 has home phone ${first(results[1]).homePhone}.`,
	},
	{
		id: 'cea-404',
		vendor: 'callEmAll',
		prompt: 'Compare broadcasts 999999 and 39609.',
		rounds: oneAfterTheOther('Get_broadcast', 'broadcast_id', 999999, 39609),
		answer: (results) =>
			`Broadcast 999999: ${first(results[0]).error}. Broadcast 39609 ("${first(results[1]).BroadcastName}") is ${first(results[1]).BroadcastStatus}.`,
	},
	// Limits, in a test-only workflow (limitsWorkflow): a binary output, Return All, a JSON field
	// and a field with a default, all asked for in one round.
	{
		id: 'limits',
		workflow: 'limits',
		prompt: 'Fetch everything at once.',
		rounds: [
			[
				{ tool: 'Download_recording', args: { recording_url: 'RECORDING_URL' } },
				{
					tool: 'All_calls',
					args: { from_date: '2024-01-05T00:00:00', to_date: '2024-01-05T23:59:59' },
				},
				{ tool: 'All_contacts', args: {} },
				{ tool: 'Find_contacts', args: {} },
				{
					tool: 'Send_texts',
					args: {
						texts: [
							{ phoneNumber: '12135551101', message: 'First' },
							{ phoneNumber: '12135551102', message: 'Second' },
						],
					},
				},
			],
		],
		answer: (results) =>
			results
				.map(
					(result) =>
						`${result.tool}: ${Array.isArray(result.json) ? `${result.json.length} items` : 'no items'}, ${result.content.length} characters`,
				)
				.join('; '),
	},
	// The same CallFire example with the chat's answer streamed: the model is asked with `stream`.
	{
		id: 'cf-stream',
		workflow: 'streaming',
		...textContact('3'),
	},
	{
		// Run after the PrimeVox key was rotated: the credential's key is now a wrong one.
		id: 'pv-wrong-key',
		vendor: 'primeVox',
		afterKeyRotation: true,
		prompt: "Find yesterday's voicemails (4 January 2024).",
		rounds: [
			[
				{
					tool: 'Find_calls',
					args: {
						only_voicemail: true,
						from_date: '2024-01-04T00:00:00',
						to_date: '2024-01-04T23:59:59',
					},
				},
			],
		],
		answer: (results) => `I could not read the call history: ${first(results[0]).error}`,
	},
];

const fromAI = (key, description, type = 'string', defaultValue) =>
	`={{ $fromAI('${key}', \`${description}\`, '${type}'${defaultValue === undefined ? '' : `, ${JSON.stringify(defaultValue)}`}) }}`;

/** An example's chat trigger, agent and model with other tools attached (a test-only workflow). */
function agentWorkflow(name, tools, { chatOptions = {} } = {}) {
	const base = loadExample('callFire');
	const nodes = base.nodes
		.filter((node) => !isToolNode(node) && node.type !== 'n8n-nodes-base.stickyNote')
		.map((node) => ({
			...node,
			id: randomUUID(),
			...(node.webhookId ? { webhookId: randomUUID() } : {}),
		}));
	nodes.find((node) => node.type === '@n8n/n8n-nodes-langchain.chatTrigger').parameters.options =
		chatOptions;
	const connections = Object.fromEntries(
		Object.entries(base.connections).filter(([from]) => nodes.some((node) => node.name === from)),
	);
	tools.forEach((tool, index) => {
		nodes.push({
			id: randomUUID(),
			typeVersion: 1,
			position: [380 + index * 200, 240],
			...tool,
			type: `n8n-nodes-telephony.${tool.type}`,
		});
		connections[tool.name] = { ai_tool: [[{ node: 'AI Agent', type: 'ai_tool', index: 0 }]] };
	});
	return { ...base, name, nodes, connections };
}

/** The limits workflow: a binary output, Return All, a JSON field, a field with a default. */
function limitsWorkflow() {
	const pv = { primeVoxApi: {} };
	const pb = { phoneBurnerApi: {} };
	return agentWorkflow('AI agent limits (e2e)', [
		{
			name: 'Download recording',
			type: 'primeVoxTool',
			credentials: pv,
			parameters: {
				resource: 'call',
				operation: 'downloadRecording',
				recordingSource: 'url',
				recordingUrl: fromAI('recording_url', 'The recordingUrl of a call'),
				binaryPropertyName: 'data',
			},
		},
		{
			name: 'All calls',
			type: 'primeVoxTool',
			credentials: pv,
			parameters: {
				resource: 'call',
				operation: 'getAll',
				returnAll: true,
				options: {
					fromDate: fromAI('from_date', 'Earliest call time, YYYY-MM-DDTHH:mm:ss'),
					toDate: fromAI('to_date', 'Latest call time, YYYY-MM-DDTHH:mm:ss'),
				},
			},
		},
		{
			name: 'All contacts',
			type: 'phoneBurnerTool',
			credentials: pb,
			parameters: {
				authentication: 'accessToken',
				resource: 'contact',
				operation: 'getAll',
				returnAll: true,
			},
		},
		{
			name: 'Find contacts',
			type: 'phoneBurnerTool',
			credentials: pb,
			parameters: {
				authentication: 'accessToken',
				resource: 'contact',
				operation: 'getAll',
				returnAll: false,
				limit: fromAI('limit', 'How many contacts at most, 1 to 100', 'number', 5),
			},
		},
		{
			name: 'Send texts',
			type: 'callFireTool',
			credentials: { callFireApi: {} },
			parameters: {
				resource: 'text',
				operation: 'send',
				inputMode: 'json',
				textSendBody: fromAI(
					'texts',
					'A JSON array of texts, each an object with phoneNumber (digits with country code) and message',
					'json',
				),
			},
		},
	]);
}

/** Equal as JSON, whatever the order of object keys. */
function sameJson(actual, expected) {
	const canonical = (value) =>
		Array.isArray(value)
			? value.map(canonical)
			: value && typeof value === 'object'
				? Object.fromEntries(
						Object.keys(value)
							.sort()
							.map((key) => [key, canonical(value[key])]),
					)
				: value;
	return JSON.stringify(canonical(actual)) === JSON.stringify(canonical(expected));
}

const secret = (...parts) =>
	[...parts, Date.now().toString(36), Math.random().toString(36).slice(2, 8)].join('-');

export async function runAiSuite({ check, nodeBin, n8nBin, env, n8nVersion = '2' }) {
	const n8nMajor = Number(String(n8nVersion).split('.')[0]);
	const started = Date.now();
	process.stdout.write('e2e: AI agents with the nodes as tools\n');
	const values = {
		openAiKey: secret('sk', 'e2e'),
		pvKey: secret('pv', 'ai', 'key'),
		cfLogin: 'e2e-ai-callfire',
		cfPassword: secret('cf', 'ai', 'password'),
		pbToken: secret('pb', 'ai', 'token'),
		ceaAppKey: 'e2e-ai-app-key',
		ceaSecretKey: secret('cea', 'ai', 'secret'),
		ceaAuthToken: secret('cea', 'ai', 'token'),
	};
	// The scripts are found by the prompt they answer.
	const scripts = Object.fromEntries(SCENARIOS.map((scenario) => [scenario.prompt, scenario]));
	const model = await startOpenAi({
		apiKey: values.openAiKey,
		scripts,
		models: ['gpt-4.1-mini', 'gpt-4.1'],
	});
	let primeVox = await startPrimeVox({ authKey: values.pvKey, containerId: '123456' });
	const primeVoxPort = primeVox.port;
	const phoneBurner = await startPhoneBurner({ token: values.pbToken });
	const callFire = await startCallFire({ login: values.cfLogin, password: values.cfPassword });
	const callEmAll = await startCallEmAll({
		appKey: values.ceaAppKey,
		secretKey: values.ceaSecretKey,
		authToken: values.ceaAuthToken,
	});
	phoneBurner.failWhen((entry) => entry.path === '/rest/1/contacts/999999');
	callFire.failWhen((entry) => entry.path === '/v2/contacts/404404');

	// The recording URL as the model saw it in a call row: its auth key redacted.
	SCENARIOS.find((scenario) => scenario.id === 'limits').rounds[0][0].args.recording_url =
		`http://127.0.0.1:${primeVoxPort}/api/call_recording.php?auth=[redacted]&containerID=123456&fileName=1704449700.1.wav`;
	const port = await freePort();
	const server = await startN8nServer({ nodeBin, n8nBin, env, port });
	const timings = {};
	try {
		check('n8n starts for the AI agent suite', server.ready, server.log().slice(-1500));
		timings.serverReady = Date.now() - started;
		const editor = await editorSession(server.base);
		check('the owner is signed in to the editor API', editor.ok, `HTTP ${editor.status}`);

		// ------------------------------------------------------------ credentials, as the editor saves them
		const credentials = {
			openAiApi: {
				name: 'OpenAI (model stand-in)',
				type: 'openAiApi',
				data: { apiKey: values.openAiKey, organizationId: '', url: model.baseUrl, header: false },
			},
			primeVoxApi: {
				name: 'PrimeVox (AI stand-in)',
				type: 'primeVoxApi',
				data: {
					authKey: values.pvKey,
					containerId: '123456',
					tenantId: '',
					baseUrl: `http://127.0.0.1:${primeVoxPort}/api`,
					callListScript: 'call_list.php',
					callDetailsScript: 'call_details.php',
					recordingScript: 'call_recording.php',
					callNotesScript: 'call_notes.php',
				},
			},
			phoneBurnerApi: {
				name: 'PhoneBurner (AI stand-in)',
				type: 'phoneBurnerApi',
				data: { accessToken: values.pbToken, baseUrl: `${phoneBurner.url}/rest/1` },
			},
			callFireApi: {
				name: 'CallFire (AI stand-in)',
				type: 'callFireApi',
				data: {
					username: values.cfLogin,
					password: values.cfPassword,
					baseUrl: `${callFire.url}/v2`,
				},
			},
			callEmAllApi: {
				name: 'Call-Em-All (AI stand-in)',
				type: 'callEmAllApi',
				data: {
					appKey: values.ceaAppKey,
					secretKey: values.ceaSecretKey,
					authToken: values.ceaAuthToken,
					username: '',
					pinCode: '',
					baseUrl: callEmAll.url,
				},
			},
		};
		const saved = {};
		for (const [type, credential] of Object.entries(credentials)) {
			const answer = await editor.request('POST', '/credentials', credential);
			saved[type] = answer.json?.data?.id
				? { id: answer.json.data.id, name: credential.name }
				: undefined;
			if (!saved[type])
				check(
					`the ${credential.name} credential is saved`,
					false,
					`HTTP ${answer.status} ${answer.text.slice(0, 300)}`,
				);
		}

		// The model list the editor's model picker shows comes from the stand-in's GET /models.
		const models = await editor.request(
			'POST',
			'/dynamic-node-parameters/resource-locator-results',
			{
				nodeTypeAndVersion: { name: '@n8n/n8n-nodes-langchain.lmChatOpenAi', version: 1.3 },
				methodName: 'searchModels',
				path: 'parameters.model',
				currentNodeParameters: { model: { __rl: true, mode: 'list', value: '' }, options: {} },
				credentials: { openAiApi: saved.openAiApi },
			},
		);
		const modelNames = models.json?.data?.results?.map((result) => result.value) ?? [];
		check(
			`the OpenAI Chat Model's model list is read from the stand-in's GET /models (${modelNames.length} models)`,
			JSON.stringify([...modelNames].sort()) === JSON.stringify(['gpt-4.1', 'gpt-4.1-mini']) &&
				model.log.some((entry) => entry.method === 'GET' && entry.path === '/v1/models'),
			`HTTP ${models.status} ${models.text.slice(0, 300)}`,
		);

		// ------------------------------------------------------------ the README's examples, imported and published
		const workflows = {};
		const streamed = loadExample('callFire');
		streamed.name += ' (streamed)';
		for (const node of streamed.nodes) if (node.webhookId) node.webhookId = randomUUID();
		streamed.nodes.find(
			(node) => node.type === '@n8n/n8n-nodes-langchain.chatTrigger',
		).parameters.options = { responseMode: 'streaming' };
		const candidates = {
			...Object.fromEntries(
				Object.keys(EXAMPLE_FILES).map((vendor) => [vendor, loadExample(vendor)]),
			),
			limits: limitsWorkflow(),
			streaming: streamed,
		};
		// The node versions this n8n has (the editor's own list): the examples use n8n 2.x's AI
		// Agent 3.1 and Chat Trigger 1.5, which n8n 1.x has only in earlier versions, so each
		// node gets the newest version of its type that is not newer than the example's.
		const nodeTypes = await fetch(`${server.base}/types/nodes.json`, {
			headers: { cookie: editor.cookie },
		})
			.then((answer) => (answer.ok ? answer.json() : []))
			.catch(() => []);
		const versionsOf = new Map();
		for (const type of nodeTypes) {
			const versions = versionsOf.get(type.name) ?? [];
			versions.push(...[type.version].flat());
			versionsOf.set(type.name, versions);
		}
		for (const [key, example] of Object.entries(candidates)) {
			const vendor = key;
			for (const node of example.nodes) {
				// n8n 1.x's AI Agent ends the run when a tool throws (2.x hands the error to the
				// model): there a tool node needs Settings → On Error → Continue, and the model
				// reads the error item. The README says so.
				if (
					n8nMajor < 2 &&
					node.type.startsWith('n8n-nodes-telephony.') &&
					node.type.endsWith('Tool')
				)
					node.onError = 'continueRegularOutput';
				const versions = versionsOf.get(node.type);
				if (versions?.length && !versions.includes(node.typeVersion)) {
					const older = versions.filter((version) => version < node.typeVersion);
					if (older.length) node.typeVersion = Math.max(...older);
				}
				if (node.credentials)
					node.credentials = Object.fromEntries(
						Object.keys(node.credentials).map((type) => [type, saved[type]]),
					);
				// Reachable from outside the editor (the example keeps its chat private).
				if (node.type === '@n8n/n8n-nodes-langchain.chatTrigger') node.parameters.public = true;
			}
			const created = await editor.request('POST', '/workflows', {
				name: example.name,
				nodes: example.nodes,
				connections: example.connections,
				settings: example.settings,
				active: false,
			});
			const workflow = created.json?.data;
			let published = workflow
				? await editor.request('POST', `/workflows/${workflow.id}/activate`, {
						versionId: workflow.versionId,
					})
				: { status: 0, text: created.text };
			// n8n 1.x has no publish: its editor activates a workflow with a PATCH.
			if (workflow && published.status === 404)
				published = await editor.request('PATCH', `/workflows/${workflow.id}`, {
					active: true,
					versionId: workflow.versionId,
				});
			const trigger = example.nodes.find(
				(node) => node.type === '@n8n/n8n-nodes-langchain.chatTrigger',
			);
			workflows[vendor] = {
				example,
				id: workflow?.id,
				chatUrl: `${server.base}/webhook/${trigger.webhookId}/chat`,
			};
			check(
				EXAMPLE_FILES[vendor]
					? `the ${VENDOR_NAMES[vendor]} example (docs/examples/${EXAMPLE_FILES[vendor]}) is imported and published`
					: `the test workflow "${example.name}" is imported and published`,
				published.status === 200,
				`create HTTP ${created.status}, publish HTTP ${published.status} ${published.text.slice(0, 400)}`,
			);
		}
		for (const { chatUrl } of Object.values(workflows)) await waitForChat(chatUrl);
		timings.published = Date.now() - started;

		// ------------------------------------------------------------ the agents at work
		const answers = {};
		for (const scenario of SCENARIOS) {
			if (scenario.afterKeyRotation) {
				// The PBX key is rotated: the saved credential's key is now refused.
				await new Promise((done) => primeVox.server.close(done));
				primeVox = await startPrimeVox({
					authKey: `${values.pvKey}-rotated`,
					containerId: '123456',
					port: primeVoxPort,
				});
			}
			const before = {
				pv: primeVox.log.length,
				pb: phoneBurner.log.length,
				cf: callFire.log.length,
				cea: callEmAll.log.length,
			};
			const sent = Date.now();
			const reply = await chat(
				workflows[scenario.workflow ?? scenario.vendor].chatUrl,
				scenario.id,
				scenario.prompt,
			);
			answers[scenario.id] = {
				reply,
				seconds: (Date.now() - sent) / 1000,
				completions: model.completions.filter(
					(completion) => completion.prompt === scenario.prompt,
				),
				requests: {
					primeVox: primeVox.log.slice(before.pv),
					phoneBurner: phoneBurner.log.slice(before.pb),
					callFire: callFire.log.slice(before.cf),
					callEmAll: callEmAll.log.slice(before.cea),
				},
			};
		}
		timings.scenarios = Date.now() - started;

		// ------------------------------------------------------------ the tools n8n offers the model
		process.stdout.write('e2e: AI agents: the tools n8n sends the model\n');
		for (const vendor of Object.keys(EXAMPLE_FILES)) {
			const { example } = workflows[vendor];
			const scenario = SCENARIOS.find((candidate) => candidate.vendor === vendor);
			const sentTools = answers[scenario.id].completions[0]?.tools ?? [];
			const toolNodes = example.nodes.filter(isToolNode);
			const expectedNames = toolNodes.map((node) => nodeNameToToolName(node));
			check(
				`${VENDOR_NAMES[vendor]}: n8n offers the model exactly the attached tools (${expectedNames.join(', ')})`,
				JSON.stringify(sentTools.map((tool) => tool.function?.name).sort()) ===
					JSON.stringify([...expectedNames].sort()) &&
					sentTools.every((tool) => tool.type === 'function'),
				JSON.stringify(sentTools).slice(0, 600),
			);
			for (const node of toolNodes) {
				const tool = sentTools.find(
					(candidate) => candidate.function?.name === nodeNameToToolName(node),
				)?.function;
				const described = expectedDescription(vendor, node.parameters);
				check(
					`${VENDOR_NAMES[vendor]} tool ${tool?.name}: described as "${tool?.description}" (the operation's action, not n8n's "${node.parameters.operation} ${node.parameters.resource}" fallback)`,
					tool &&
						described.action &&
						tool.description === described.text &&
						tool.description !== described.nodeDescription &&
						tool.description.toLowerCase().includes(node.parameters.resource.toLowerCase()),
					JSON.stringify(tool),
				);
				const fields = fromAiFields(node);
				const properties = tool?.parameters?.properties ?? {};
				const wrong = [...fields.values()].filter(
					(field) =>
						properties[field.key]?.type !== field.type ||
						properties[field.key]?.description !== field.description,
				);
				const extra = Object.keys(properties).filter((key) => !fields.has(key));
				check(
					`… its parameter schema names the ${fields.size} $fromAI() fields (${[...fields.keys()].join(', ')}) with their types and descriptions, all required`,
					tool?.parameters?.type === 'object' &&
						wrong.length === 0 &&
						extra.length === 0 &&
						[...fields.keys()].every((key) => tool.parameters.required?.includes(key)),
					JSON.stringify({
						wrong: wrong.map((field) => field.key),
						extra,
						parameters: tool?.parameters,
					}),
				);
			}
		}

		// ------------------------------------------------------------ what the AI-chosen values did
		process.stdout.write(
			"e2e: AI agents: the vendor requests the model's values made, and the answers\n",
		);
		const got = (id) => answers[id];
		const output = (id) => String(got(id).reply.json?.output ?? '');
		const okAnswer = (id) => got(id).reply.status === 200 && output(id).length > 0;
		const toolMessages = (id) =>
			got(id)
				.completions.at(-1)
				?.messages.filter((message) => message.role === 'tool') ?? [];
		const summary = (id) => `HTTP ${got(id).reply.status} ${got(id).reply.text.slice(0, 400)}`;
		const toolExchangesOf = (id) => toolExchanges(got(id).completions.at(-1)?.messages ?? []);
		const without = (object, ...keys) =>
			Object.fromEntries(Object.entries(object ?? {}).filter(([key]) => !keys.includes(key)));

		// PrimeVox: Get Many with a date filter, then Update.
		let requests = got('pv-voicemails').requests.primeVox;
		const list = requests.find((entry) => entry.path === '/api/call_list.php');
		check(
			"PrimeVox Find calls: the model's dates and voicemail filter became the call list query (dates as the PBX writes them)",
			sameJson(without(list?.query, 'auth', 'containerID'), {
				fromDate: '2024-01-05 00:00:00',
				toDate: '2024-01-05 23:59:59',
				filterWentToVoicemail: '1',
				page: '1',
			}) &&
				list.query.auth === values.pvKey &&
				list.query.containerID === '123456',
			JSON.stringify(without(list?.query, 'auth')),
		);
		const notes = requests.find((entry) => entry.path === '/api/call_notes.php');
		check(
			'PrimeVox Add call note: the callUuid the model took from the first result, its note and flag were POSTed (the severity it left alone kept from Call Details)',
			notes?.method === 'POST' &&
				sameJson(without(notes.body, 'auth', 'containerID'), {
					callUuid: '1704449700.1',
					callNotes: 'Left a voicemail: call back today',
					callFlagged: '1',
					callSeverity: '0',
				}) &&
				requests.some(
					(entry) =>
						entry.path === '/api/call_details.php' && entry.query?.callUUID === '1704449700.1',
				),
			JSON.stringify(without(notes?.body, 'auth')),
		);
		check(
			"PrimeVox: the answer quotes the tool results (10 calls, callUuid, caller number, the PBX's confirmation)",
			okAnswer('pv-voicemails') &&
				output('pv-voicemails').includes('10 calls') &&
				output('pv-voicemails').includes('1704449700.1') &&
				output('pv-voicemails').includes('Your call notes have been submitted.'),
			summary('pv-voicemails'),
		);
		check(
			'PrimeVox: the recording URLs in the call rows reach the model with their auth key redacted',
			toolMessages('pv-voicemails').some((message) =>
				String(message.content).includes('auth=[redacted]'),
			) && !JSON.stringify(got('pv-voicemails').completions).includes(values.pvKey),
		);

		// PhoneBurner: Create Contact, then Get Contact with the new ID.
		requests = got('pb-lead').requests.phoneBurner;
		const create = requests.find(
			(entry) => entry.method === 'POST' && entry.path === '/rest/1/contacts',
		);
		check(
			"PhoneBurner Create contact: the model's name, phone and email are the POST body, with the Bearer token",
			sameJson(create?.body, {
				first_name: 'Dana',
				last_name: 'Reyes',
				phone: '9495551234',
				email: 'dana@example.com',
			}) && create.headers.authorization === `Bearer ${values.pbToken}`,
			JSON.stringify(create?.body),
		);
		check(
			'PhoneBurner Get contact: asked for the contact_user_id the create answer gave',
			requests.some(
				(entry) => entry.method === 'GET' && entry.path === '/rest/1/contacts/30919347',
			),
			requests.map((entry) => `${entry.method} ${entry.path}`).join(', '),
		);
		check(
			'PhoneBurner: the answer quotes both results',
			okAnswer('pb-lead') &&
				output('pb-lead').includes('Created contact 30919347 (Dana Reyes, 9495551234)') &&
				output('pb-lead').includes('John30919347 Demo, 6025551234'),
			summary('pb-lead'),
		);

		// CallFire: Get Contact, then Send Text to its home phone.
		requests = got('cf-text').requests.callFire;
		const text = requests.find((entry) => entry.method === 'POST' && entry.path === '/v2/texts');
		check(
			'CallFire Get contact: GET /v2/contacts/1, as the model asked',
			requests.some((entry) => entry.method === 'GET' && entry.path === '/v2/contacts/1'),
			requests.map((entry) => `${entry.method} ${entry.path}`).join(', '),
		);
		check(
			'CallFire Send text: one text to the home phone the model read, with its message',
			sameJson(text?.body, [
				{ phoneNumber: '12135551124', message: 'Hi Test, your order has shipped.' },
			]),
			JSON.stringify(text?.body),
		);
		check(
			'CallFire: the answer quotes the contact and the text CallFire created',
			okAnswer('cf-text') &&
				/Contact 1 is Test Contact\. Text \d+ to 12135551124 is READY\./.test(output('cf-text')),
			summary('cf-text'),
		);

		// Call-Em-All: Get Broadcast, then an SMS broadcast to one person.
		requests = got('cea-broadcast').requests.callEmAll;
		const broadcast = requests.find(
			(entry) => entry.method === 'POST' && entry.path === '/v1/broadcasts',
		);
		check(
			"Call-Em-All Get broadcast: GET /v1/broadcasts/33945 (the model's number), signed",
			requests.some(
				(entry) =>
					entry.method === 'GET' &&
					entry.path === '/v1/broadcasts/33945' &&
					entry.signatureValid === true,
			),
			requests.map((entry) => `${entry.method} ${entry.path} ${entry.signatureValid}`).join(', '),
		);
		check(
			"Call-Em-All Send text broadcast: an SMS broadcast with the model's name, message and one contact",
			broadcast?.signatureValid === true &&
				broadcast.body.BroadcastName === 'Results are in' &&
				broadcast.body.BroadcastType === 'SMS' &&
				broadcast.body.TextMessage === 'Hi Ann, "staging test" reached 1 of 1.' &&
				sameJson(broadcast.body.Contacts, [{ PrimaryPhone: '2145550001', FirstName: 'Ann' }]),
			JSON.stringify(broadcast?.body),
		);
		check(
			'Call-Em-All: the answer quotes the broadcast read and the one created',
			okAnswer('cea-broadcast') &&
				/Broadcast 33945 \("staging test"\) delivered 1 text\(s\)\. I started broadcast \d+, status Pending\./.test(
					output('cea-broadcast'),
				),
			summary('cea-broadcast'),
		);

		// Vendor errors as tool results.
		const errorCase = (id, label, vendorMessage) => {
			const [failed, next] = toolMessages(id);
			const result = (() => {
				try {
					return JSON.parse(failed?.content ?? '');
				} catch {
					return undefined;
				}
			})();
			check(
				`${label}: the vendor's error reaches the model as the tool's result, readable: ${failed?.content}`,
				Array.isArray(result) &&
					typeof result[0]?.error === 'string' &&
					result[0].error.includes(vendorMessage),
				JSON.stringify(toolMessages(id)).slice(0, 600),
			);
			check(
				`${label}: … and the run goes on (${next ? 'the next tool call is answered, ' : ''}the agent answers with it)`,
				okAnswer(id) &&
					output(id).includes(vendorMessage) &&
					(next === undefined || !String(next.content).includes('"error"')),
				summary(id),
			);
		};
		errorCase('pb-404', 'PhoneBurner 404', 'Contact not found');
		errorCase('cf-404', 'CallFire 404', 'Contact 404404 not found');
		errorCase('cea-404', 'Call-Em-All 404', 'Broadcast 999999 was not found.');
		errorCase('pv-wrong-key', 'PrimeVox wrong key', 'Your API Auth Key is invalid.');

		// Limits: what the model gets back from binary, Return All, JSON and defaulted fields.
		process.stdout.write('e2e: AI agents: limits\n');
		const limitResults = Object.fromEntries(
			toolExchangesOf('limits').map((exchange) => [exchange.tool, exchange]),
		);
		const limitTools = Object.fromEntries(
			(got('limits').completions[0]?.tools ?? []).map((tool) => [
				tool.function.name,
				tool.function,
			]),
		);
		const parsed = (name) => {
			try {
				return JSON.parse(limitResults[name]?.content ?? '');
			} catch {
				return undefined;
			}
		};
		const recording = parsed('Download_recording');
		const recordingRequest = got('limits').requests.primeVox.find(
			(entry) => entry.path === '/api/call_recording.php',
		);
		check(
			`a binary output reaches the model as its file's details only, not the audio: ${limitResults.Download_recording?.content}`,
			Array.isArray(recording) &&
				recording.length === 1 &&
				recording[0].fileName === '1704449700.1.wav' &&
				recording[0].mimeType === 'audio/wav' &&
				Object.keys(recording[0]).every((key) =>
					['fileName', 'mimeType', 'fileSize'].includes(key),
				),
			limitResults.Download_recording?.content,
		);
		check(
			"… and the recording URL the model passed with auth=[redacted] was fetched with the credential's key",
			recordingRequest?.query.auth === values.pvKey &&
				recordingRequest.query.fileName === '1704449700.1.wav',
			JSON.stringify(without(recordingRequest?.query, 'auth')),
		);
		const sizes = {
			calls: limitResults.All_calls?.content?.length ?? 0,
			contacts: limitResults.All_contacts?.content?.length ?? 0,
		};
		check(
			`Return All hands the model every row: 503 PrimeVox calls (${sizes.calls.toLocaleString('en-US')} characters), 45 PhoneBurner contacts (${sizes.contacts.toLocaleString('en-US')} characters)`,
			parsed('All_calls')?.length === 503 && parsed('All_contacts')?.length === 45,
			JSON.stringify(sizes),
		);
		const findContacts = got('limits').requests.phoneBurner.filter(
			(entry) => entry.query.page_size === '5',
		);
		check(
			'a $fromAI() field with a default is optional for the model (default in the schema), and the default is used when the model leaves it out',
			limitTools.Find_contacts?.parameters?.properties?.limit?.default === 5 &&
				!(limitTools.Find_contacts.parameters.required ?? []).includes('limit') &&
				findContacts.length === 1 &&
				parsed('Find_contacts')?.length === 5,
			JSON.stringify(limitTools.Find_contacts?.parameters),
		);
		const bulk = got('limits').requests.callFire.filter(
			(entry) => entry.method === 'POST' && entry.path === '/v2/texts',
		);
		check(
			'a $fromAI() JSON field (CallFire Send Texts, Input: JSON) lets the model send several texts in one request; its schema has a description but no type',
			bulk.length === 1 &&
				sameJson(bulk[0].body, [
					{ phoneNumber: '12135551101', message: 'First' },
					{ phoneNumber: '12135551102', message: 'Second' },
				]) &&
				limitTools.Send_texts?.parameters?.properties?.texts?.description !== undefined &&
				limitTools.Send_texts.parameters.properties.texts.type === undefined,
			JSON.stringify({
				bodies: bulk.map((entry) => entry.body),
				schema: limitTools.Send_texts?.parameters,
			}),
		);
		check(
			'five tool calls asked for in one model answer are all run and answered',
			toolExchangesOf('limits').length === 5 &&
				toolExchangesOf('limits').every((exchange) => exchange.answered) &&
				got('limits').completions.length === 2,
			JSON.stringify(
				toolExchangesOf('limits').map((exchange) => [exchange.tool, exchange.answered]),
			),
		);

		// Streaming: the chat answers in chunks, the model is asked with stream: true.
		const streamedTexts = got('cf-stream').requests.callFire.filter(
			(entry) => entry.method === 'POST' && entry.path === '/v2/texts',
		);
		check(
			"with the chat's answer streamed, n8n asks the model with stream: true (server-sent events) and the tools still run",
			got('cf-stream').completions.length === 3 &&
				got('cf-stream').completions.every((completion) => completion.stream) &&
				streamedTexts.length === 1 &&
				sameJson(streamedTexts[0].body, [
					{ phoneNumber: '12135551124', message: 'Hi Test, your order has shipped.' },
				]),
			JSON.stringify(got('cf-stream').completions.map((completion) => completion.stream)),
		);
		check(
			'… and the streamed chunks put together are the answer',
			/^Contact 3 is Test Contact\. Text \d+ to 12135551124 is READY\.$/.test(
				output('cf-stream'),
			) && got('cf-stream').reply.json.chunks.filter((chunk) => chunk.type === 'item').length > 1,
			got('cf-stream').reply.text.slice(-1500),
		);

		const chatAnswers = Object.values(answers)
			.map((answer) => answer.reply.text)
			.join('\n');
		const leaked = Object.entries(values)
			.filter(
				([key, value]) =>
					!['cfLogin', 'ceaAppKey'].includes(key) &&
					(server.log().includes(value) ||
						chatAnswers.includes(value) ||
						JSON.stringify(model.completions).includes(value)),
			)
			.map(([key]) => key);
		check(
			'no credential value (OpenAI key, vendor keys) reaches the model, a chat answer or the n8n log',
			leaked.length === 0,
			leaked.join(', '),
		);

		const allCompletions = model.completions;
		check(
			`every model request was a Chat Completions call with the credential's API key (${allCompletions.length} calls)`,
			allCompletions.length >= SCENARIOS.length * 2 &&
				model.log
					.filter((entry) => entry.path === '/v1/chat/completions')
					.every((entry) => entry.headers.authorization === `Bearer ${values.openAiKey}`),
		);
		const sample = answers['pv-voicemails'].completions[0]?.tools?.find(
			(tool) => tool.function?.name === 'Find_calls',
		);
		process.stdout.write(`  · a tools entry as n8n sent it: ${JSON.stringify(sample)}\n`);
		process.stdout.write(
			`  · an agent's answer: ${JSON.stringify(answers['pv-voicemails'].reply.json)}\n`,
		);
		process.stdout.write(
			`  · Return All sizes handed to the model: 503 PrimeVox calls ${sizes.calls} characters, 45 PhoneBurner contacts ${sizes.contacts} characters\n`,
		);
		process.stdout.write(
			`  · AI stage: n8n ready after ${(timings.serverReady / 1000).toFixed(1)} s, examples published after ${(timings.published / 1000).toFixed(1)} s, ${SCENARIOS.length} conversations done after ${(timings.scenarios / 1000).toFixed(1)} s (${SCENARIOS.map((scenario) => `${scenario.id} ${answers[scenario.id].seconds.toFixed(1)} s`).join(', ')})\n`,
		);
	} finally {
		await server.stop();
		await Promise.all([
			model.close(),
			phoneBurner.close(),
			callFire.close(),
			callEmAll.close(),
			new Promise((done) => primeVox.server.close(done)),
		]);
	}
	process.stdout.write(`e2e: AI agent suite took ${Math.round((Date.now() - started) / 1000)} s\n`);
	return {
		secrets: {
			openAiApiKey: values.openAiKey,
			aiPrimeVoxKey: values.pvKey,
			aiCallFirePassword: values.cfPassword,
			aiPhoneBurnerToken: values.pbToken,
			aiCallEmAllSecretKey: values.ceaSecretKey,
			aiCallEmAllAuthToken: values.ceaAuthToken,
		},
		serverLog: server.log(),
	};
}

/** Sends a chat message the way n8n's chat widget does, and returns the answer. */
async function chat(url, sessionId, chatInput) {
	const response = await fetch(url, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json' },
		body: JSON.stringify({ action: 'sendMessage', sessionId, chatInput }),
	});
	const text = await response.text();
	let json;
	try {
		json = JSON.parse(text);
	} catch {
		// A streamed answer: one JSON object a line, the answer's text in the `item` chunks.
		const chunks = text
			.split('\n')
			.filter((line) => line.trim())
			.map((line) => {
				try {
					return JSON.parse(line);
				} catch {
					return undefined;
				}
			});
		if (chunks.length && chunks.every(Boolean))
			json = {
				output: chunks
					.filter((chunk) => chunk.type === 'item')
					.map((chunk) => chunk.content)
					.join(''),
				chunks,
			};
	}
	return { status: response.status, json, text };
}

/** Waits until a published chat answers (activation is asynchronous), without starting a run. */
async function waitForChat(url, timeoutMs = 60_000) {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		const response = await fetch(url, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify({ action: 'loadPreviousSession', sessionId: 'probe' }),
		}).catch(() => undefined);
		if (response && response.status !== 404) return response.status;
		await sleep(500);
	}
	return 404;
}

// ------------------------------------------------------------------------- run on its own
if (import.meta.url === `file://${process.argv[1]}`) {
	const { ensureN8n, installIntoUserFolder, n8nEnv, packPackage } = await import(
		'../../scripts/n8n-runtime.mjs'
	);
	const { results, check } = createChecks();
	const runtime = ensureN8n();
	const work = mkdtempSync(join(tmpdir(), 'n8n-telephony-ai-e2e-'));
	const userFolder = join(work, 'user');
	try {
		installIntoUserFolder(packPackage(work), userFolder);
		const env = n8nEnv(userFolder, {
			N8N_ENCRYPTION_KEY: 'e2e-encryption-key-for-tests-only',
			N8N_LOG_LEVEL: 'info',
		});
		await runAiSuite({ check, nodeBin: runtime.nodeBin, n8nBin: runtime.n8nBin, env, work });
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
	const failed = results.filter((result) => !result.ok).length;
	process.stdout.write(`${results.length - failed} passed, ${failed} failed\n`);
	process.exit(failed ? 1 : 0);
}
