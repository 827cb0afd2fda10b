import type {
	INodeProperties,
	INodePropertyOptions,
	INodePropertyRouting,
	PostReceiveAction,
} from 'n8n-workflow';

import { binaryOutput, BINARY_PROPERTY_PARAMETER, DOWNLOAD_REQUEST } from './binary';
import {
	INPUT_BINARY_FIELD,
	LIMIT,
	OUTPUT_BINARY_FIELD,
	requestPacingOption,
	RETURN_ALL,
} from './descriptions';
import { executorRouting } from './executor';
import { DEFAULT_PACING } from './pacer';
import { decodeBody } from './response';
import type {
	FieldSpec,
	OperationSpec,
	PostReceiveHook,
	ResourceSpec,
	ValueTable,
} from './operation';
import {
	buildRequestHook,
	fieldOf,
	knownFields,
	placeholdersOf,
	type KnownFields,
} from './request';
import type { VendorHttp } from './vendor';

/**
 * # The builder: operation specs → n8n properties and routing
 *
 * `buildNodeProperties` is called once, when the node type is described. It returns the
 * node's `properties`: the Resource selector, each resource's Operation selector (with each
 * operation's routing), and every field.
 *
 * The per-item cost rules live here:
 * - **Unique parameter names.** n8n's RoutingNode resolves, for every item, the value of every
 *   property named like a parameter (`routing-node.ts`: the loop over
 *   `nodeType.description.properties`), so a name shared by ten properties is resolved ten
 *   times per item. Fields of one name are therefore made one property:
 *   - equal fields, shown for every operation that has them (across resources too, where
 *     n8n's displayOptions can show them exactly; else in as few properties as they can);
 *   - collections of one resource, merged (an option only some operations have is shown for
 *     those only, with `/operation`);
 *   - fields that differ only in how they read (display name, description, hint, placeholder,
 *     required) keep a property each, shown for their own operations (an upload's and a
 *     download's binary field);
 *   - anything else is refused when the node is described, unless the name is one of
 *     `repeatedNames` (kept on one property per resource, or per differing field within one
 *     resource, for saved workflows).
 * - **IDs filled once, no expression per item.** The URL is a plain template; one preSend hook
 *   per operation (`request.ts`) reads each field once per item and fills the path, query and
 *   body. No field carries `routing`, and the base URL comes from the run's credential
 *   (`executor.ts`), so n8n evaluates no expression of the package's own per item.
 *
 * Every operation gets Options → Request Pacing (`pacer.ts`): the option is added to the
 * operation's collection shown as "Options", or an Options collection (`options`) is added
 * last. Where Options collections of different resources then differ, each resource keeps its
 * own property, as for `repeatedNames`.
 *
 * Mistakes in a spec (a table naming a field the operation does not have, a placeholder
 * without a field, a dropdown method the node does not offer) are thrown when the node is
 * described, so every unit test that loads the node finds them.
 */

export interface NodeSpec {
	resources: ResourceSpec[];
	/** The resource chosen when the node is added (default: the first). */
	defaultResource?: string;
	/**
	 * The node's `methods`, so that every `loadOptionsMethod` and `searchListMethod` a field
	 * names is checked to exist.
	 */
	methods?: { loadOptions?: object; listSearch?: object };
	/**
	 * Names that stay on one property per resource although they differ, because saved
	 * workflows use them (each costs one more resolution per item and resource). Within one
	 * resource, operations whose fields of such a name differ (another default, options or
	 * `show`) get a property each, shown for their own operations.
	 */
	repeatedNames?: string[];
}

/** A field of one operation, as laid out. */
interface PlacedField {
	resource: string;
	operation: string;
	field: FieldSpec;
}

/** One property of the node in the making: the field and every operation that shows it. */
interface MergedField {
	key: string;
	field: FieldSpec;
	/** resource → operations. */
	shownFor: Map<string, string[]>;
	/** For a merged collection: option name → the operations that have it. */
	optionOwners?: Map<string, string[]>;
}

/** Equality of two fields' data (plain JSON-like values). */
function sameData(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
	if (Array.isArray(a) !== Array.isArray(b)) return false;
	const keysA = Object.keys(a).filter((key) => (a as Record<string, unknown>)[key] !== undefined);
	const keysB = Object.keys(b).filter((key) => (b as Record<string, unknown>)[key] !== undefined);
	if (keysA.length !== keysB.length) return false;
	return keysA.every((key) =>
		sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
	);
}

function withoutOptions(field: FieldSpec): Record<string, unknown> {
	const copy: Record<string, unknown> = { ...field };
	delete copy.options;
	return copy;
}

/** What only changes how a field reads (and whether the editor asks for it), not what its value is. */
const DISPLAY_KEYS = ['displayName', 'description', 'hint', 'placeholder', 'required'];

function withoutDisplay(field: FieldSpec): Record<string, unknown> {
	const copy: Record<string, unknown> = { ...field };
	for (const key of DISPLAY_KEYS) delete copy[key];
	return copy;
}

/** Whether a field can join a property in the making (see `merge`). */
function mergeable(target: MergedField, placed: PlacedField): boolean {
	const { field } = placed;
	if (sameData(target.field, field)) return true;
	return (
		target.field.type === 'collection' &&
		field.type === 'collection' &&
		sameData(withoutOptions(target.field), withoutOptions(field)) &&
		target.shownFor.size === 1 &&
		target.shownFor.has(placed.resource)
	);
}

function fail(message: string): never {
	throw new Error(`Operation model: ${message}`);
}

function byName<T extends { name: string }>(list: T[]): T[] {
	return [...list].sort((a, b) => a.name.localeCompare(b.name));
}

/** Options collections the builder put Request Pacing into (see `buildNodeProperties`). */
const pacingCollections = new WeakSet<FieldSpec>();

/**
 * The operation's collection shown as "Options" with Request Pacing in it (in the place n8n's
 * lint sorts it to), or a new Options collection at the end; returns the option's parameter.
 */
function addPacing(fields: FieldSpec[], vendor: VendorHttp): string {
	const pacing = asField(requestPacingOption(vendor.name, vendor.pacing ?? DEFAULT_PACING));
	let index = -1;
	fields.forEach((field, position) => {
		if (field.type === 'collection' && field.displayName === 'Options') index = position;
	});
	if (index === -1) {
		fields.push({
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [pacing as INodeProperties],
		});
		index = fields.length - 1;
	} else {
		const options = [...((fields[index].options ?? []) as INodeProperties[])];
		if (!options.some((option) => option.name === pacing.name)) {
			const after = options.findIndex(
				(option) => option.displayName.localeCompare(pacing.displayName) > 0,
			);
			options.splice(after === -1 ? options.length : after, 0, pacing as INodeProperties);
		}
		fields[index] = { ...fields[index], options };
	}
	pacingCollections.add(fields[index]);
	return `${fields[index].name}.${pacing.name}`;
}

/**
 * The fields of one operation, with the ones the spec's features bring, and the parameter of
 * its Request Pacing option.
 */
function fieldsOf(
	spec: OperationSpec,
	vendor: VendorHttp,
): { fields: FieldSpec[]; pacingParameter: string } {
	const fields = [...(spec.fields ?? [])];
	const names = new Set(fields.map((field) => field.name));
	if (spec.paging && spec.paging.read !== 'every') {
		const paging: FieldSpec[] = [];
		if (!names.has(RETURN_ALL.name)) paging.push(asField(RETURN_ALL));
		if (!names.has(LIMIT.name)) {
			paging.push({ ...asField(LIMIT), default: spec.paging.limitDefault ?? LIMIT.default });
		}
		fields.unshift(...paging);
	}
	if (!names.has(BINARY_PROPERTY_PARAMETER)) {
		if (spec.output && 'binary' in spec.output) {
			const hint = spec.output.binary.hint;
			fields.push({ ...asField(OUTPUT_BINARY_FIELD), ...(hint ? { hint } : {}) });
		} else if (spec.binaryInput || spec.body?.type === 'multipart') {
			const hint = spec.binaryInput?.hint;
			fields.push({ ...asField(INPUT_BINARY_FIELD), ...(hint ? { hint } : {}) });
		}
	}
	const pacingParameter = addPacing(fields, vendor);
	return { fields, pacingParameter };
}

/** A ready-made property as a field spec (its `show` conditions kept). */
function asField(property: INodeProperties): FieldSpec {
	const { displayOptions, ...rest } = property;
	return displayOptions?.show
		? { ...rest, show: displayOptions.show as FieldSpec['show'] }
		: (rest as FieldSpec);
}

/** Checks that a spec's tables, path and fields fit together. */
function checkSpec(resource: string, spec: OperationSpec, fields: KnownFields): void {
	const where = `${resource} → ${spec.value}`;
	for (const field of spec.fields ?? []) {
		if ('routing' in (field as object)) {
			fail(`${where}: field "${field.name}" has routing; say where its value goes in a table`);
		}
	}
	for (const name of placeholdersOf(spec.path)) {
		const rule = spec.pathParameters?.[name];
		if (rule?.from !== 'credential' && !fields.has(name)) {
			fail(`${where}: the path's {${name}} has no field of that name`);
		}
	}
	const tables: Array<[string, ValueTable | undefined]> = [
		['query', spec.query],
		[
			'body',
			spec.body && 'fields' in spec.body ? (spec.body.fields as ValueTable | undefined) : undefined,
		],
	];
	for (const [table, values] of tables) {
		for (const [apiName, rule] of Object.entries(values ?? {})) {
			const from = typeof rule === 'string' ? rule : rule.from;
			if (!fieldOf(fields, from)) {
				fail(
					`${where}: ${table} value "${apiName}" comes from "${from}", which is not a field of it`,
				);
			}
		}
	}
	if (spec.hooks?.fanOut && (spec.paging || spec.batching)) {
		fail(`${where}: a fan-out hook cannot be combined with paging or batching`);
	}
	if (spec.body?.type === 'jsonParameter' && !fields.has(spec.body.parameter)) {
		fail(`${where}: the JSON body parameter "${spec.body.parameter}" is not a field of it`);
	}
}

/** The routing of one operation. */
function routingOf(
	spec: OperationSpec,
	vendor: VendorHttp,
	fields: KnownFields,
	pacingParameter: string,
): INodePropertyRouting {
	const http = spec.vendor ?? vendor;
	const output: PostReceiveHook[] = [];
	let request = spec.request ?? {};
	if (spec.output && 'binary' in spec.output) {
		output.push(binaryOutput(spec.output.binary));
		request = { ...DOWNLOAD_REQUEST, ...request };
	} else if (spec.output && 'rows' in spec.output) {
		const rows = spec.output.rows;
		output.push(async function answerToRows(this, _items, response) {
			return rows(decodeBody(response.body), this).map((json) => ({ json }));
		});
	}
	return executorRouting(http, {
		method: spec.method,
		url: spec.path,
		plan: {
			paging: spec.paging?.pages,
			everyPage: spec.paging?.read === 'every',
			batching: spec.batching,
			pacingParameter,
			fanOut: spec.hooks?.fanOut,
		},
		preSend: [buildRequestHook(spec, http, fields), ...(spec.hooks?.preSend ?? [])],
		postReceive: [...output, ...(spec.hooks?.postReceive ?? [])] as PostReceiveAction[],
		request,
	});
}

/** Two fields of one name become one property: equal ones, or collections (merged). */
function merge(target: MergedField, placed: PlacedField): void {
	const { field } = placed;
	const operations = target.shownFor.get(placed.resource) ?? [];
	const first = target.field;
	if (!sameData(first, field)) {
		if (
			first.type !== 'collection' ||
			field.type !== 'collection' ||
			!sameData(withoutOptions(first), withoutOptions(field)) ||
			target.shownFor.size > 1 ||
			!target.shownFor.has(placed.resource)
		) {
			fail(
				`the field name "${field.name}" is used by different fields (${[...target.shownFor.keys()].join(', ')} and ${placed.resource} → ${placed.operation}); give one of them another name`,
			);
		}
		const options = [...((first.options ?? []) as INodeProperties[])];
		const owners =
			target.optionOwners ?? new Map(options.map((option) => [option.name, [...operations]]));
		for (const option of (field.options ?? []) as INodeProperties[]) {
			const known = options.find((candidate) => candidate.name === option.name);
			if (known && !sameData(known, option)) {
				fail(
					`the option "${field.name}.${option.name}" differs between operations of ${placed.resource}`,
				);
			}
			if (!known) options.push(option);
			owners.set(option.name, [...(owners.get(option.name) ?? []), placed.operation]);
		}
		// In the order n8n's lint wants a collection's options: by display name.
		options.sort((a, b) => a.displayName.localeCompare(b.displayName));
		target.field = { ...first, options } as FieldSpec;
		target.optionOwners = owners;
	} else if (target.optionOwners) {
		for (const option of (field.options ?? []) as INodeProperties[]) {
			target.optionOwners.set(option.name, [
				...(target.optionOwners.get(option.name) ?? []),
				placed.operation,
			]);
		}
	}
	target.shownFor.set(placed.resource, [...operations, placed.operation]);
}

/** Whether showing a field for these resources × operations shows it nowhere else. */
function crossProductIsExact(
	shownFor: Map<string, string[]>,
	existing: Map<string, Set<string>>,
): boolean {
	const operations = new Set([...shownFor.values()].flat());
	for (const resource of shownFor.keys()) {
		for (const operation of operations) {
			const exists = existing.get(resource)?.has(operation);
			if (exists && !shownFor.get(resource)!.includes(operation)) return false;
		}
	}
	return true;
}

/**
 * One field shown for several resources becomes as few properties as n8n's displayOptions can
 * show exactly: `show: {resource: [...], operation: [...]}` shows every pair of the two lists,
 * so resources are grouped only where that shows the field for no other operation they have.
 */
function exactGroups(entry: MergedField, existing: Map<string, Set<string>>): MergedField[] {
	if (entry.shownFor.size < 2 || crossProductIsExact(entry.shownFor, existing)) return [entry];
	const groups: Array<Map<string, string[]>> = [];
	for (const [resource, operations] of entry.shownFor) {
		const fits = groups.find((group) =>
			crossProductIsExact(new Map([...group, [resource, operations]]), existing),
		);
		if (fits) fits.set(resource, operations);
		else groups.push(new Map([[resource, operations]]));
	}
	return groups.map((shownFor) => ({ ...entry, shownFor }));
}

/**
 * The fields in an order that keeps every operation's own order (a merged field sits where
 * all of its operations can have it); a conflict of orders is refused.
 */
function layOut(sequences: string[][], keys: string[]): string[] {
	const after = new Map<string, Set<string>>(keys.map((key) => [key, new Set()]));
	const before = new Map<string, number>(keys.map((key) => [key, 0]));
	for (const sequence of sequences) {
		for (let index = 1; index < sequence.length; index++) {
			const [from, to] = [sequence[index - 1], sequence[index]];
			if (from === to || after.get(from)!.has(to)) continue;
			after.get(from)!.add(to);
			before.set(to, before.get(to)! + 1);
		}
	}
	const rank = new Map(keys.map((key, index) => [key, index]));
	const ready = keys.filter((key) => before.get(key) === 0);
	const result: string[] = [];
	while (ready.length) {
		ready.sort((a, b) => rank.get(a)! - rank.get(b)!);
		const key = ready.shift()!;
		result.push(key);
		for (const next of after.get(key)!) {
			before.set(next, before.get(next)! - 1);
			if (before.get(next) === 0) ready.push(next);
		}
	}
	if (result.length !== keys.length) {
		const stuck = keys.filter((key) => !result.includes(key));
		fail(`the fields ${stuck.join(', ')} are in different orders in different operations`);
	}
	return result;
}

function toProperty(merged: MergedField): INodeProperties {
	const { show, ...field } = merged.field;
	const resources = [...merged.shownFor.keys()];
	const operations = [...new Set([...merged.shownFor.values()].flat())];
	const property = {
		...field,
		displayOptions: { show: { resource: resources, operation: operations, ...(show ?? {}) } },
	} as INodeProperties;
	if (merged.optionOwners && Array.isArray(property.options)) {
		property.options = (property.options as INodeProperties[]).map((option) => {
			const owners = merged.optionOwners!.get(option.name) ?? [];
			if (owners.length === operations.length) return option;
			return {
				...option,
				displayOptions: { show: { ...(option.displayOptions?.show ?? {}), '/operation': owners } },
			};
		});
	}
	return property;
}

function checkMethods(properties: INodeProperties[], methods: NodeSpec['methods']): void {
	if (!methods) return;
	const visit = (property: INodeProperties) => {
		const loadOptions = property.typeOptions?.loadOptionsMethod;
		if (loadOptions && !(loadOptions in (methods.loadOptions ?? {}))) {
			fail(
				`"${property.name}" asks for loadOptions method "${loadOptions}", which the node does not have`,
			);
		}
		for (const mode of (property.modes ?? []) as Array<{
			typeOptions?: { searchListMethod?: string };
		}>) {
			const search = mode.typeOptions?.searchListMethod;
			if (search && !(search in (methods.listSearch ?? {}))) {
				fail(
					`"${property.name}" asks for listSearch method "${search}", which the node does not have`,
				);
			}
		}
		for (const option of (property.options ?? []) as INodeProperties[]) {
			if (option && typeof option === 'object' && 'type' in option) visit(option);
		}
	};
	properties.forEach(visit);
}

/** The node's properties: Resource, each resource's Operation (with routing), every field. */
export function buildNodeProperties(vendor: VendorHttp, node: NodeSpec): INodeProperties[] {
	const { resources } = node;
	if (resources.length === 0) fail('a node needs at least one resource');
	const repeated = new Set(node.repeatedNames ?? []);
	const existing = new Map(
		resources.map((resource) => [
			resource.value,
			new Set(resource.operations.map((operation) => operation.value)),
		]),
	);
	const selectors: INodeProperties[] = [];
	const merged = new Map<string, MergedField>();
	const variantsOf = new Map<string, string[]>();
	const sequences: string[][] = [];
	for (const resource of resources) {
		const options: INodePropertyOptions[] = [];
		for (const spec of resource.operations) {
			const { fields, pacingParameter } = fieldsOf(spec, vendor);
			const known = knownFields(fields);
			checkSpec(resource.value, spec, known);
			options.push({
				name: spec.name,
				value: spec.value,
				action: spec.action,
				...(spec.description === undefined ? {} : { description: spec.description }),
				routing: routingOf(spec, vendor, known, pacingParameter),
			});
			const sequence: string[] = [];
			for (const field of fields) {
				const placed = { resource: resource.value, operation: spec.value, field };
				const ownKey = `${field.name}\u0000${resource.value}`;
				let base = repeated.has(field.name) ? ownKey : field.name;
				// An Options collection that carries Request Pacing and differs from another
				// resource's: a property per resource, as `repeatedNames` would give it, except that
				// the collections holding Request Pacing alone share one.
				if (base === field.name && pacingCollections.has(field)) {
					const others = (variantsOf.get(base) ?? []).map((candidate) => merged.get(candidate)!);
					const fits = others.some((other) => mergeable(other, placed));
					const clashes = others.some(
						(other) => !sameData(withoutDisplay(other.field), withoutDisplay(field)),
					);
					if (!fits && clashes)
						base = field.options?.length === 1 ? `${field.name}\u0000pacing` : ownKey;
				}
				const variants = variantsOf.get(base) ?? [];
				let key = variants.find((candidate) => mergeable(merged.get(candidate)!, placed));
				if (key) {
					merge(merged.get(key)!, placed);
				} else {
					// The same value under other words (e.g. the binary field of an upload and of a
					// download): a property of its own, shown for its operations only.
					const other = variants.find(
						(candidate) =>
							!sameData(withoutDisplay(merged.get(candidate)!.field), withoutDisplay(field)),
					);
					if (other && !repeated.has(field.name)) {
						const known = merged.get(other)!;
						fail(
							`the field name "${field.name}" is used by different fields (${[...known.shownFor.entries()].map(([r, ops]) => `${r} → ${ops.join('/')}`).join(', ')} and ${resource.value} → ${spec.value}); give one of them another name`,
						);
					}
					key = variants.length ? `${base}\u0000variant${variants.length}` : base;
					variantsOf.set(base, [...variants, key]);
					merged.set(key, { key, field, shownFor: new Map([[resource.value, [spec.value]]]) });
				}
				sequence.push(key);
			}
			sequences.push(sequence);
		}
		if (!resource.operations.some((spec) => spec.value === resource.defaultOperation)) {
			fail(
				`${resource.value}: the default operation "${resource.defaultOperation}" is not one of its operations`,
			);
		}
		// eslint-disable-next-line n8n-nodes-base/node-param-default-missing -- the default is the resource spec's
		selectors.push({
			displayName: 'Operation',
			name: 'operation',
			type: 'options',
			noDataExpression: true,
			displayOptions: { show: { resource: [resource.value] } },
			options: byName(options),
			default: resource.defaultOperation,
		});
	}
	const order = layOut(sequences, [...merged.keys()]);
	const fields = order.flatMap((key) =>
		exactGroups(merged.get(key)!, existing).map((group) => toProperty(group)),
	);
	// eslint-disable-next-line n8n-nodes-base/node-param-default-missing -- the default is the node spec's
	const resourceSelector: INodeProperties = {
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: byName(resources.map((resource) => ({ name: resource.name, value: resource.value }))),
		default: node.defaultResource ?? resources[0].value,
	};
	const properties = [resourceSelector, ...selectors, ...fields];
	checkMethods(properties, node.methods);
	return properties;
}
