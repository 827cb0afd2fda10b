import type { INodeProperties } from 'n8n-workflow';

import { CallFire } from '../../../nodes/CallFire/CallFire.node';

/**
 * The node's parameter names, as saved in workflows: unique per resource and operation
 * (`contactId`, `textSendBody`, `textOptions`, …). Tests write the short names (`id`,
 * `body`, `options`, `entryPhoneNumber`) and `named` maps them.
 */
let properties: INodeProperties[] | undefined;
function callFireProperties(): INodeProperties[] {
	properties ??= new CallFire().description.properties;
	return properties;
}

const capitalised = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

/** A path placeholder's parameter: `{id}` of Contact is `contactId` (`extension` stays). */
export function pathParameter(resource: string, name: string): string {
	return name === 'extension' ? 'extension' : `${resource}${capitalised(name)}`;
}

/** The JSON body parameter: `textSendBody`. */
export function bodyParameter(resource: string, operation: string): string {
	return `${resource}${capitalised(operation)}Body`;
}

/**
 * The Options collection of an operation: its resource's (`textOptions`), or for a list with
 * filters `textFilters`, as the node's description shows it for the operation.
 */
export function optionsParameter(resource: string, operation: string): string {
	const shown = callFireProperties().find(
		(property) =>
			property.type === 'collection' &&
			(property.name === `${resource}Options` || property.name === `${resource}Filters`) &&
			(property.displayOptions?.show?.operation ?? []).includes(operation),
	);
	return shown?.name ?? `${resource}Options`;
}

/** A required query parameter's own parameter: `keywordGetAllKeywords`. */
export function queryParameter(resource: string, operation: string, name: string): string {
	return `${resource}${capitalised(operation)}${capitalised(name)}`;
}

/** A form's choice between form fields and JSON: `callBroadcastCreateBodyInput`. */
export function formInputParameter(resource: string, operation: string): string {
	return `${resource}${capitalised(operation)}BodyInput`;
}

export function named(parameters: Record<string, unknown>): Record<string, unknown> {
	const resource = String(parameters.resource);
	const operation = String(parameters.operation);
	const result: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(parameters)) {
		if (key === 'options') result[optionsParameter(resource, operation)] = value;
		else if (key === 'body') result[bodyParameter(resource, operation)] = value;
		else if (['id', 'number', 'key', 'source', 'toNumber'].includes(key))
			result[pathParameter(resource, key)] = value;
		else if (key.startsWith('entry')) result[`${resource}E${key.slice(1)}`] = value;
		else result[key] = value;
	}
	return result;
}
