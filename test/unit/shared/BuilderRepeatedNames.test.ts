/**
 * `repeatedNames` within one resource (`nodes/shared/builder.ts`): a saved name whose field
 * differs between operations of one resource (PhoneBurner's Contact Phone Type: 1 for Add,
 * "Keep Current" for Update; its Member ID, shown for Get only By ID) keeps a property per
 * differing field, each shown for its own operations, and n8n reads each operation's own
 * default from it. Without `repeatedNames` such a name is still refused.
 */
import { NodeHelpers, type INodeParameters, type INodeProperties } from 'n8n-workflow';

import { buildNodeProperties } from '../../../nodes/shared/builder';
import { defineOperation, type OperationSpec } from '../../../nodes/shared/operation';
import { testVendorHttp } from '../../helpers/testVendor';

const typeField = (defaultValue: string | number, extra: object = {}) => ({
	displayName: 'Type',
	name: 'thingType',
	type: 'options' as const,
	default: defaultValue,
	options: [
		{ name: 'Home', value: 1 },
		{ name: 'Work', value: 2 },
		...(defaultValue === 'keep' ? [{ name: 'Keep Current', value: 'keep' }] : []),
	],
	...extra,
});

const operation = (value: string, fields: OperationSpec['fields']): OperationSpec =>
	defineOperation({
		value,
		name: value,
		action: `Do ${value}`,
		description: value,
		method: 'PUT',
		path: '/things',
		fields,
	});

const resources = [
	{
		value: 'thing',
		name: 'Thing',
		defaultOperation: 'add',
		operations: [
			operation('add', [typeField(1)]),
			operation('update', [typeField('keep')]),
			operation('replace', [typeField(1)]),
			operation('get', [
				{ displayName: 'Which', name: 'which', type: 'options', default: 'id', options: [] },
				typeField(1, { show: { which: ['id'] } }),
			]),
		],
	},
];

/** The parameters n8n keeps for a node set to this operation (each shown field's default). */
function parametersFor(properties: INodeProperties[], operationValue: string): INodeParameters {
	return NodeHelpers.getNodeParameters(
		properties,
		{ resource: 'thing', operation: operationValue },
		true,
		false,
		null,
		null,
	) as INodeParameters;
}

describe('builder › repeatedNames within one resource', () => {
	it('refuses the differing fields without it', () => {
		expect(() => buildNodeProperties(testVendorHttp, { resources })).toThrow(
			'the field name "thingType" is used by different fields',
		);
	});

	it('keeps a property per differing field, equal ones merged, each shown for its operations', () => {
		const properties = buildNodeProperties(testVendorHttp, {
			resources,
			repeatedNames: ['thingType'],
		});
		const types = properties.filter((property) => property.name === 'thingType');
		expect(types.map((property) => [property.default, property.displayOptions?.show])).toEqual([
			[1, { resource: ['thing'], operation: ['add', 'replace'] }],
			['keep', { resource: ['thing'], operation: ['update'] }],
			[1, { resource: ['thing'], operation: ['get'], which: ['id'] }],
		]);
	});

	it("n8n reads each operation's own default", () => {
		const properties = buildNodeProperties(testVendorHttp, {
			resources,
			repeatedNames: ['thingType'],
		});
		expect(parametersFor(properties, 'add').thingType).toBe(1);
		expect(parametersFor(properties, 'update').thingType).toBe('keep');
		expect(parametersFor(properties, 'get').thingType).toBe(1);
	});
});
