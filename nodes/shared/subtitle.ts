import type { INodeTypeDescription } from 'n8n-workflow';

/**
 * A resource/operation node's canvas subtitle in the words of its dropdowns ("Add
 * Contacts: Contact List") instead of the raw values n8n's usual subtitle expression shows
 * ("addItems: contactList"). The names come from the node's own Resource and Operation options,
 * so the subtitle follows them; an operation set by an expression falls back to the raw values.
 */
export function readableSubtitle(description: INodeTypeDescription): string {
	const resource = description.properties.find((property) => property.name === 'resource');
	const names: Record<string, string> = {};
	for (const option of resource?.options ?? []) {
		if (!('value' in option)) continue;
		const operation = description.properties.find(
			(property) =>
				property.name === 'operation' &&
				(property.displayOptions?.show?.resource ?? [option.value]).includes(option.value),
		);
		for (const entry of operation?.options ?? []) {
			if ('value' in entry)
				names[`${option.value}.${entry.value}`] = `${entry.name}: ${option.name}`;
		}
	}
	const raw = '$parameter["operation"] + ": " + $parameter["resource"]';
	return `={{ ${JSON.stringify(names)}[$parameter["resource"] + "." + $parameter["operation"]] || ${raw} }}`;
}
