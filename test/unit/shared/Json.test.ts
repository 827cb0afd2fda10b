import { NodeOperationError, type INode } from 'n8n-workflow';

import { fieldAt, isObject, parseJsonParameter, valueAt } from '../../../nodes/shared/json';

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

describe('valueAt and fieldAt (an item field by path, by name)', () => {
	const json = {
		phone: '1',
		contact: { phones: ['2', '3'], 'first name': 'Ann' },
		'contact.phone': '4',
		list: [{ id: 5 }],
	};

	it('follows own keys and array indexes only', () => {
		expect(valueAt(json, ['contact', 'phones', '1'])).toBe('3');
		expect(valueAt(json, ['list', '0', 'id'])).toBe(5);
		expect(valueAt(json, ['contact', 'phones', '2'])).toBeUndefined();
		expect(valueAt(json, ['contact', 'phones', 'length'])).toBeUndefined();
		expect(valueAt(json, ['phone', 'length'])).toBeUndefined();
		expect(valueAt(json, ['__proto__'])).toBeUndefined();
		expect(valueAt(json, ['constructor'])).toBeUndefined();
	});

	it('reads a name as n8n writes a dragged field: dots, indexes, quoted keys', () => {
		expect(fieldAt(json, 'phone')).toBe('1');
		expect(fieldAt(json, 'contact.phones[0]')).toBe('2');
		expect(fieldAt(json, 'contact["first name"]')).toBe('Ann');
		expect(fieldAt(json, "contact['first name']")).toBe('Ann');
		expect(fieldAt(json, 'contact.phone')).toBe('4');
		expect(fieldAt(json, 'list[0].id')).toBe(5);
		expect(fieldAt(json, 'missing.phone')).toBeUndefined();
		expect(fieldAt(json, '')).toBeUndefined();
	});
});
