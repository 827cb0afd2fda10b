/**
 * Runs one node of this package through n8n-core's real execution engine (WorkflowExecute,
 * RoutingNode, the real request helpers and credential authentication), the way n8n runs it,
 * with nock standing in for the vendor.
 */
import { Container } from '@n8n/di';
import {
	BinaryDataService,
	ExecutionLifecycleHooks,
	HookContext,
	PollContext,
	WebhookContext,
	WorkflowExecute,
} from 'n8n-core';
import {
	createDeferredPromise,
	createRunExecutionData,
	ICredentialsHelper,
	Workflow,
	type ICredentialDataDecryptedObject,
	type ICredentials,
	type ICredentialType,
	type IDataObject,
	type IHttpRequestOptions,
	type INode,
	type INodeCredentialsDetails,
	type INodeExecutionData,
	type INodeParameters,
	type INodeProperties,
	type INodeType,
	type INodeTypes,
	type IRun,
	type IVersionedNodeType,
	type IWorkflowExecuteAdditionalData,
	type NodeParameterValueType,
} from 'n8n-workflow';

import { allNodeTypes, allCredentialTypes } from './registry';

export const PACKAGE = 'n8n-nodes-telephony';

const nodeTypesByName: Record<string, INodeType> = {};
const credentialTypesByName: Record<string, ICredentialType> = {};

for (const nodeType of allNodeTypes) {
	nodeTypesByName[`${PACKAGE}.${nodeType.description.name}`] = nodeType;
}
for (const credentialType of allCredentialTypes) {
	credentialTypesByName[credentialType.name] = credentialType;
}

class TestNodeTypes implements INodeTypes {
	getByName(nodeType: string): INodeType | IVersionedNodeType {
		return this.getByNameAndVersion(nodeType);
	}

	getByNameAndVersion(nodeType: string): INodeType {
		const found = nodeTypesByName[nodeType];
		if (!found) throw new Error(`Unknown node type ${nodeType}`);
		return found;
	}

	getKnownTypes() {
		return {};
	}
}

/** Resolves a credential's generic `authenticate` block the way n8n's CredentialsHelper does. */
function resolveGeneric(
	workflow: Workflow,
	node: INode,
	credentials: ICredentialDataDecryptedObject,
	value: unknown,
): unknown {
	if (typeof value === 'string' && value.startsWith('=')) {
		return workflow.expression.getParameterValue(
			value as NodeParameterValueType,
			null,
			0,
			0,
			node.name,
			[],
			'internal',
			{ $credentials: credentials },
			undefined,
			false,
		);
	}
	if (value && typeof value === 'object') {
		const out: IDataObject = {};
		for (const [key, entry] of Object.entries(value as IDataObject)) {
			out[key] = resolveGeneric(workflow, node, credentials, entry) as IDataObject;
		}
		return out;
	}
	return value;
}

/**
 * A credential's expression (e.g. its test request's `baseURL`) resolved as n8n resolves it,
 * with `$credentials` set to the given values.
 */
export function resolveCredentialExpression(
	value: string,
	credentials: ICredentialDataDecryptedObject,
	nodeType = 'primeVox',
): unknown {
	const node = buildNode({ type: nodeType, parameters: {} });
	const workflow = new Workflow({
		nodes: [node],
		connections: {},
		nodeTypes: new TestNodeTypes(),
		active: false,
	});
	return resolveGeneric(workflow, node, credentials, value);
}

export class TestCredentialsHelper extends ICredentialsHelper {
	credentials: Record<string, ICredentialDataDecryptedObject> = {};

	/** The types a credential extends, as n8n's CredentialsHelper reads them (e.g. oAuth2Api). */
	getParentTypes(typeName: string): string[] {
		const parents = credentialTypesByName[typeName]?.extends ?? [];
		return parents.flatMap((parent) => [parent, ...this.getParentTypes(parent)]);
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		requestOptions: IHttpRequestOptions,
		workflow: Workflow,
		node: INode,
	): Promise<IHttpRequestOptions> {
		const type = credentialTypesByName[typeName];
		const authenticate = type?.authenticate;
		if (typeof authenticate === 'function') return await authenticate(credentials, requestOptions);
		if (authenticate && authenticate.type === 'generic') {
			const resolved = resolveGeneric(
				workflow,
				node,
				credentials,
				authenticate.properties,
			) as IDataObject;
			const options = { ...requestOptions } as IHttpRequestOptions & IDataObject;
			for (const [key, entry] of Object.entries(resolved)) {
				if (key === 'auth') options.auth = entry as IHttpRequestOptions['auth'];
				else options[key] = { ...((options[key] as IDataObject) ?? {}), ...(entry as IDataObject) };
			}
			return options;
		}
		return requestOptions;
	}

	async preAuthentication(): Promise<ICredentialDataDecryptedObject | undefined> {
		return undefined;
	}

	async getCredentials(): Promise<ICredentials> {
		throw new Error('not used in tests');
	}

	async getDecrypted(
		_additionalData: IWorkflowExecuteAdditionalData,
		_nodeCredentials: INodeCredentialsDetails,
		type: string,
	): Promise<ICredentialDataDecryptedObject> {
		return this.credentials[type] ?? {};
	}

	async updateCredentials(): Promise<void> {}

	async updateCredentialsOauthTokenData(): Promise<void> {}

	getCredentialsProperties(type: string): INodeProperties[] {
		return credentialTypesByName[type]?.properties ?? [];
	}
}

let binaryReady: Promise<void> | undefined;

async function prepareBinaryData(): Promise<void> {
	binaryReady ??= Container.get(BinaryDataService).init();
	await binaryReady;
}

/** An object whose unknown members are harmless no-op functions, like jest-mock-extended's mock(). */
function looseObject<T extends object>(known: Partial<T>): T {
	return new Proxy(known as T, {
		get(target, property) {
			if (property in target) return (target as Record<string | symbol, unknown>)[property];
			if (property === 'then') return undefined;
			return () => undefined;
		},
	});
}

export interface RunOptions {
	/** Node type name without the package prefix, e.g. `primeVox`. */
	type: string;
	parameters: INodeParameters;
	credentials?: Record<string, ICredentialDataDecryptedObject>;
	input?: INodeExecutionData[];
	continueOnFail?: boolean;
	/**
	 * For webhooks: the workflow the trigger belongs to. Calls with the same ID share the
	 * trigger's memory of past deliveries; by default each call gets a workflow of its own.
	 */
	workflowId?: string;
}

let webhookWorkflows = 0;

export interface RunResult {
	items: INodeExecutionData[];
	error?: Error & IDataObject;
	run: IRun;
}

function buildNode(options: RunOptions): INode {
	const nodeCredentials: Record<string, { id: string; name: string }> = {};
	for (const type of Object.keys(options.credentials ?? {})) {
		nodeCredentials[type] = { id: `${type}-id`, name: `${type} account` };
	}
	return {
		id: 'node-under-test',
		name: 'Node',
		type: `${PACKAGE}.${options.type}`,
		typeVersion: 1,
		position: [0, 0],
		parameters: options.parameters,
		credentials: nodeCredentials,
		...(options.continueOnFail ? { onError: 'continueRegularOutput' as const } : {}),
	};
}

function buildAdditionalData(
	credentials: Record<string, ICredentialDataDecryptedObject> | undefined,
	hooks?: ExecutionLifecycleHooks,
): IWorkflowExecuteAdditionalData {
	const credentialsHelper = new TestCredentialsHelper();
	credentialsHelper.credentials = credentials ?? {};
	return looseObject<IWorkflowExecuteAdditionalData>({
		hooks,
		credentialsHelper,
		currentNodeParameters: undefined,
		restApiUrl: 'http://localhost:5678/rest',
		instanceBaseUrl: 'http://localhost:5678/',
		webhookBaseUrl: 'http://localhost:5678/webhook',
		webhookTestBaseUrl: 'http://localhost:5678/webhook-test',
		webhookWaitingBaseUrl: 'http://localhost:5678/webhook-waiting',
		formWaitingBaseUrl: 'http://localhost:5678/form-waiting',
		variables: {},
		userId: 'test-user',
	});
}

/**
 * A polling trigger as an active workflow runs it: each `poll()` is one scheduled poll, and
 * the workflow's static data (the trigger's memory) is kept between them.
 */
export function createPoller(options: RunOptions) {
	const node = buildNode(options);
	const workflow = new Workflow({
		id: 'poll-workflow',
		nodes: [node],
		connections: {},
		nodeTypes: new TestNodeTypes(),
		active: true,
		settings: {},
		staticData: {},
	});
	const additionalData = buildAdditionalData(options.credentials);
	const nodeType = nodeTypesByName[node.type];
	return {
		workflow,
		async poll(mode: 'trigger' | 'manual' = 'trigger') {
			await prepareBinaryData();
			const context = new PollContext(workflow, node, additionalData, mode, 'activate');
			return await nodeType.poll!.call(context);
		},
	};
}

export async function runNode(options: RunOptions): Promise<RunResult> {
	await prepareBinaryData();
	const nodeTypes = new TestNodeTypes();
	const node = buildNode(options);
	const workflow = new Workflow({
		id: 'test-workflow',
		nodes: [node],
		connections: {},
		nodeTypes,
		active: false,
		settings: {},
	});

	const hooks = new ExecutionLifecycleHooks('manual', 'test-execution', {
		id: 'test-workflow',
		name: 'test',
		active: false,
		nodes: [node],
		connections: {},
		createdAt: new Date(),
		updatedAt: new Date(),
		isArchived: false,
		activeVersionId: null,
	} as never);
	const done = createDeferredPromise<IRun>();
	hooks.addHandler('workflowExecuteAfter', (run) => done.resolve(run));

	const additionalData = buildAdditionalData(options.credentials, hooks);

	const runExecutionData = createRunExecutionData({
		executionData: {
			nodeExecutionStack: [
				{ node, data: { main: [options.input ?? [{ json: {} }]] }, source: null },
			],
		},
	});

	const execute = new WorkflowExecute(additionalData, 'manual', runExecutionData);
	await execute.processRunExecutionData(workflow);
	const run = await done.promise;
	const task = run.data.resultData.runData.Node?.[0];
	const items = task?.data?.main?.[0] ?? [];
	const error = (task?.error ?? run.data.resultData.error) as (Error & IDataObject) | undefined;
	return { items, error, run };
}

export interface WebhookCall {
	body?: unknown;
	/** The raw bytes of the body, as n8n keeps them for signature checks. */
	rawBody?: Buffer;
	/** The node's static data (its memory across activations), e.g. a webhook secret. */
	nodeStaticData?: IDataObject;
	query?: IDataObject;
	headers?: Record<string, string>;
	/**
	 * n8n's HTTP answer to this call (e.g. an EventEmitter with a `statusCode`), for a trigger
	 * that watches what n8n answers. The harness adds Express's `status`/`json`/`send` to it.
	 */
	response?: object;
}

/** What a webhook trigger did with one HTTP call: its answer, and the items it emitted. */
export interface WebhookOutcome {
	status?: number;
	responseBody?: unknown;
	/** Headers the trigger set on its answer. */
	headers?: Record<string, string>;
	result: Awaited<ReturnType<NonNullable<INodeType['webhook']>>>;
}

/**
 * n8n's HTTP answer to a webhook call, as far as a trigger can watch it: a status, and a `close`
 * event (emitted by `closeNow()`) once the answer is sent or the sender has gone.
 */
export function closableAnswer() {
	const listeners: Array<() => void> = [];
	return {
		statusCode: 200,
		writableFinished: false,
		once(event: string, listener: () => void) {
			if (event === 'close') listeners.push(listener);
			return this;
		},
		closeNow() {
			for (const listener of listeners.splice(0)) listener();
		},
	};
}

/** Delivers one HTTP call to a webhook trigger through n8n-core's WebhookContext. */
export async function callWebhook(options: RunOptions, call: WebhookCall): Promise<WebhookOutcome> {
	const node = buildNode(options);
	webhookWorkflows += 1;
	const workflow = new Workflow({
		id: options.workflowId ?? `webhook-workflow-${webhookWorkflows}`,
		nodes: [node],
		connections: {},
		nodeTypes: new TestNodeTypes(),
		active: true,
		settings: {},
		staticData: call.nodeStaticData ? { [`node:${node.name}`]: call.nodeStaticData } : {},
	});
	const outcome: Partial<WebhookOutcome> = {};
	const response = Object.assign(call.response ?? {}, {
		status(code: number) {
			outcome.status = code;
			return response;
		},
		json(body: unknown) {
			outcome.responseBody = body;
			return response;
		},
		send(body: unknown) {
			outcome.responseBody = body;
			return response;
		},
		end() {
			return response;
		},
		setHeader(name: string, value: string) {
			outcome.headers = { ...(outcome.headers ?? {}), [name]: value };
			return response;
		},
	});
	const headers = Object.fromEntries(
		Object.entries(call.headers ?? {}).map(([key, value]) => [key.toLowerCase(), value]),
	);
	const request = {
		body: call.body ?? {},
		rawBody: call.rawBody,
		query: call.query ?? {},
		headers,
		params: {},
	};
	const additionalData = buildAdditionalData(options.credentials);
	Object.assign(additionalData, { httpRequest: request, httpResponse: response });
	const nodeType = nodeTypesByName[node.type];
	const context = new WebhookContext(
		workflow,
		node,
		additionalData,
		'webhook',
		{
			httpMethod: 'POST',
			node: node.name,
			path: 'callback',
			webhookDescription: nodeType.description.webhooks![0],
			workflowId: workflow.id!,
			workflowExecuteAdditionalData: additionalData,
		} as never,
		[],
		null,
	);
	outcome.result = await nodeType.webhook!.call(context);
	return outcome as WebhookOutcome;
}

/**
 * A webhook trigger's lifecycle as n8n drives it on activation and deactivation: checkExists,
 * create and delete run through n8n-core's HookContext, sharing the node's static data.
 */
export function webhookLifecycle(options: RunOptions) {
	const node = buildNode(options);
	const workflow = new Workflow({
		id: 'lifecycle-workflow',
		nodes: [node],
		connections: {},
		nodeTypes: new TestNodeTypes(),
		active: true,
		settings: {},
		staticData: {},
	});
	const additionalData = buildAdditionalData(options.credentials);
	const methods = nodeTypesByName[node.type].webhookMethods!.default!;
	const context = () => new HookContext(workflow, node, additionalData, 'trigger', 'activate');
	return {
		webhookUrl: () => context().getNodeWebhookUrl('default'),
		staticData: () => workflow.getStaticData('node', node),
		checkExists: async () => await methods.checkExists.call(context()),
		create: async () => await methods.create.call(context()),
		delete: async () => await methods.delete.call(context()),
	};
}
