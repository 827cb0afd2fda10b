/**
 * Runs one node of this package through n8n-core's real execution engine (WorkflowExecute,
 * RoutingNode, the real request helpers and credential authentication), the way n8n runs it,
 * with nock standing in for the vendor.
 */
import { Container } from '@n8n/di';
import { createHash } from 'node:crypto';

import {
	BinaryDataService,
	DataDeduplicationService,
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
	type DeduplicationItemTypes,
	type DeduplicationScope,
	type ICheckProcessedContextData,
	type ICheckProcessedOptions,
	type IDataDeduplicator,
	type IDataObject,
	type IDeduplicationOutput,
	type IHttpRequestHelper,
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
	type WorkflowExecuteMode,
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
	/** The credentials as saved in n8n's database, by type: what every read decrypts a copy of. */
	credentials: Record<string, ICredentialDataDecryptedObject> = {};

	/** How often n8n saved a credential (its pre-authentication's new token). */
	updates = 0;

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

	/**
	 * n8n's CredentialsHelper.preAuthentication: when the credential's hidden expirable field is
	 * empty, or a request with it was refused (401), the type's `preAuthentication` runs and its
	 * output is saved to the credential in the database and merged into the copy in use.
	 */
	async preAuthentication(
		helpers: IHttpRequestHelper,
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		_node: INode,
		credentialsExpired: boolean,
	): Promise<ICredentialDataDecryptedObject | undefined> {
		const type = credentialTypesByName[typeName];
		const expirable = type?.properties.find(
			(property) => property.type === 'hidden' && property.typeOptions?.expirable === true,
		);
		if (!expirable || typeof type.preAuthentication !== 'function') return undefined;
		if (credentials[expirable.name] !== '' && !credentialsExpired) return undefined;
		const output = await type.preAuthentication.call(helpers, credentials);
		if (output[expirable.name] === undefined) return undefined;
		this.credentials[typeName] = {
			...(this.credentials[typeName] ?? {}),
			...output,
		} as ICredentialDataDecryptedObject;
		this.updates += 1;
		return Object.assign(credentials, output);
	}

	async getCredentials(): Promise<ICredentials> {
		throw new Error('not used in tests');
	}

	async getDecrypted(
		_additionalData: IWorkflowExecuteAdditionalData,
		_nodeCredentials: INodeCredentialsDetails,
		type: string,
	): Promise<ICredentialDataDecryptedObject> {
		// A fresh copy, with the defaults of fields it lacks, as n8n decrypts one for every read.
		const defaults = Object.fromEntries(
			(credentialTypesByName[type]?.properties ?? [])
				.filter((property) => property.type !== 'notice')
				.map((property) => [property.name, property.default]),
		) as ICredentialDataDecryptedObject;
		return { ...defaults, ...(this.credentials[type] ?? {}) };
	}

	async updateCredentials(): Promise<void> {}

	async updateCredentialsOauthTokenData(): Promise<void> {}

	getCredentialsProperties(type: string): INodeProperties[] {
		return credentialTypesByName[type]?.properties ?? [];
	}
}

/**
 * n8n's deduplication store (the database table behind `checkProcessedAndRecord`) as n8n's
 * DeduplicationHelper keeps it in mode "entries": one list of value hashes per workflow and
 * scope (`n:<node id>` for scope "node"), newest last, cut to `maxEntries`. Shared by every
 * test, as the database is shared by every n8n process.
 */
export class TestDeduplicationStore implements IDataDeduplicator {
	readonly rows = new Map<string, string[]>();

	/** Makes every call fail (an unreachable database) while set. */
	failing: Error | undefined;

	calls = 0;

	private row(scope: DeduplicationScope, contextData: ICheckProcessedContextData): string {
		const context = scope === 'node' ? `n:${contextData.node?.id}` : '';
		return `${contextData.workflow.id}|${context}`;
	}

	async checkProcessedAndRecord(
		items: DeduplicationItemTypes[],
		scope: DeduplicationScope,
		contextData: ICheckProcessedContextData,
		options: ICheckProcessedOptions,
	): Promise<IDeduplicationOutput> {
		this.calls += 1;
		if (this.failing) throw this.failing;
		if (options.mode !== 'entries') throw new Error('only mode "entries" is kept here');
		const key = this.row(scope, contextData);
		// As n8n's own store (DeduplicationHelper in n8n's CLI): read the row, then write it back
		// whole, with the database's round trip in between.
		const stored = [...(this.rows.get(key) ?? [])];
		await Promise.resolve();
		await Promise.resolve();
		const output: IDeduplicationOutput = { new: [], processed: [] };
		for (const item of items) {
			const hash = createHash('md5').update(String(item)).digest('base64');
			if (stored.includes(hash)) output.processed.push(item);
			else {
				output.new.push(item);
				stored.push(hash);
			}
		}
		if (options.maxEntries) stored.splice(0, Math.max(0, stored.length - options.maxEntries));
		this.rows.set(key, stored);
		return output;
	}

	async removeProcessed(): Promise<void> {}

	async clearAllProcessedItems(): Promise<void> {}

	async getProcessedDataCount(): Promise<number> {
		return 0;
	}

	clear(): void {
		this.rows.clear();
		this.failing = undefined;
		this.calls = 0;
	}
}

export const deduplicationStore = new TestDeduplicationStore();
let deduplicationReady: Promise<void> | undefined;

let binaryReady: Promise<void> | undefined;

async function prepareBinaryData(): Promise<void> {
	binaryReady ??= Container.get(BinaryDataService).init();
	deduplicationReady ??= DataDeduplicationService.init(deduplicationStore);
	await Promise.all([binaryReady, deduplicationReady]);
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
	 * The credentials as n8n's database holds them, shared with other runs (as n8n's processes
	 * share it): what n8n saves during this run (a renewed token) is written here. By default
	 * each run gets a copy of `credentials` of its own.
	 */
	database?: Record<string, ICredentialDataDecryptedObject>;
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
	database?: Record<string, ICredentialDataDecryptedObject>,
): IWorkflowExecuteAdditionalData {
	const credentialsHelper = new TestCredentialsHelper();
	// The run's own "database" unless one is shared: what n8n saves (a renewed token) goes there.
	credentialsHelper.credentials = database ?? structuredClone(credentials ?? {});
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

export async function runNode(
	options: RunOptions,
	{ mode = 'manual' }: { mode?: WorkflowExecuteMode } = {},
): Promise<RunResult> {
	await prepareBinaryData();
	const nodeTypes = new TestNodeTypes();
	const node = buildNode(options);
	const workflow = new Workflow({
		id: options.workflowId ?? 'test-workflow',
		nodes: [node],
		connections: {},
		nodeTypes,
		active: false,
		settings: {},
	});

	const hooks = new ExecutionLifecycleHooks(mode, 'test-execution', {
		id: workflow.id,
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

	const additionalData = buildAdditionalData(options.credentials, hooks, options.database);

	const runExecutionData = createRunExecutionData({
		executionData: {
			nodeExecutionStack: [
				{ node, data: { main: [options.input ?? [{ json: {} }]] }, source: null },
			],
		},
	});

	const execute = new WorkflowExecute(additionalData, mode, runExecutionData);
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
	/** The mode of the execution the webhook starts: `webhook` (production) or `manual` (a test). */
	mode?: WorkflowExecuteMode;
	/** False when n8n could not start the execution (it answered 500): nothing after the webhook runs. */
	executionStarts?: boolean;
	/**
	 * The execution runs in another n8n process than the webhook (queue mode: a worker). The
	 * mark the webhook put on its items then names a process other than this one.
	 */
	executionElsewhere?: boolean;
}

/** What a webhook trigger did with one HTTP call: its answer, and the items it emitted. */
export interface WebhookOutcome {
	status?: number;
	responseBody?: unknown;
	/** Headers the trigger set on its answer. */
	headers?: Record<string, string>;
	/**
	 * The webhook's result, its `workflowData` being what the trigger's execution outputs: n8n
	 * starts an execution with the items the webhook returned, and its first step is the
	 * trigger's own `execute` (when it has one).
	 */
	result: Awaited<ReturnType<NonNullable<INodeType['webhook']>>>;
	/** The items exactly as `webhook()` returned them, before the execution's first step. */
	webhookItems?: INodeExecutionData[][];
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

/** An item as a worker receives it from a webhook process: its delivery mark names that process. */
function markedByAnotherProcess(item: INodeExecutionData): INodeExecutionData {
	const marked = { ...item };
	for (const [field, value] of Object.entries(item)) {
		if (value && typeof value === 'object' && 'acceptedBy' in value) {
			marked[field] = { ...value, acceptedBy: 'a-webhook-process' } as IDataObject;
		}
	}
	return marked;
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
	const emitted = outcome.result.workflowData;
	if (emitted && nodeType.execute && call.executionStarts !== false) {
		outcome.webhookItems = emitted;
		const input = call.executionElsewhere
			? emitted[0].map((item) => markedByAnotherProcess(item))
			: emitted[0];
		const execution = await runNode(
			{ ...options, workflowId: workflow.id!, input },
			{ mode: call.mode ?? 'webhook' },
		);
		if (execution.error) throw execution.error;
		// The pairing n8n's engine adds to a start node's items is its bookkeeping, not output.
		const items = execution.items.map(({ pairedItem, ...item }) => (void pairedItem, item));
		outcome.result = { ...outcome.result, workflowData: [items] };
	}
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
