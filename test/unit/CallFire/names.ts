import {
	bodyParameter,
	optionsParameter,
	pathParameter,
} from '../../../nodes/CallFire/GenericFunctions';

/**
 * The node's parameter names are unique per resource and operation (see `pathParameter`);
 * tests write the short names (`id`, `body`, `options`, `entryPhoneNumber`) and this maps them.
 */
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
