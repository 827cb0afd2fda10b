import { NodeOperationError, type INode } from 'n8n-workflow';

import { isObject, parseJsonParameter } from '../../../nodes/shared/json';

const node: INode = {
	id: 'n',
	name: 'Node',
	type: 'test',
	typeVersion: 1,
	position: [0, 0],
	parameters: {},
};
const context = { getNode: () => node, getItemIndex: () => 2 };

describe('isObject', () => {
	it('is true only for JSON objects', () => {
		expect(isObject({})).toBe(true);
		expect(isObject({ a: 1 })).toBe(true);
		for (const value of [null, undefined, [], 'x', 1, true]) expect(isObject(value)).toBe(false);
	});
});

describe('parseJsonParameter', () => {
	it('parses text, passes what n8n already parsed, and reads empty text as nothing', () => {
		expect(parseJsonParameter(context, '{"a": [1]}', 'Body')).toEqual({ a: [1] });
		expect(parseJsonParameter(context, [{ a: 1 }], 'Body')).toEqual([{ a: 1 }]);
		expect(parseJsonParameter(context, '  ', 'Body')).toBeUndefined();
		expect(parseJsonParameter(context, undefined, 'Body')).toBeUndefined();
	});

	it('refuses text that is not JSON with a NodeOperationError naming the field, before any request', () => {
		let failure: unknown;
		try {
			parseJsonParameter(context, '{"a": ', 'The "Contacts (JSON)" field');
		} catch (error) {
			failure = error;
		}
		expect(failure).toBeInstanceOf(NodeOperationError);
		expect((failure as NodeOperationError).message).toBe(
			'The "Contacts (JSON)" field is not valid JSON',
		);
		expect((failure as NodeOperationError).description).toMatch(/JSON/);
		expect((failure as NodeOperationError).context.itemIndex).toBe(2);
	});
});
