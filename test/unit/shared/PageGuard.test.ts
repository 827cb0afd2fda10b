import { MAX_PAGES, PageCapError, PageGuard } from '../../../nodes/shared/paging';

describe('PageGuard: every paging loop ends', () => {
	it('a page with no entries brings nothing new', () => {
		expect(new PageGuard('List').isNew([])).toBe(false);
	});

	it('a page repeating the one before (a vendor ignoring the page parameter) brings nothing new', () => {
		const guard = new PageGuard('List');
		const page = Array.from({ length: 100 }, (_, index) => ({ id: index + 1 }));
		expect(guard.isNew(page)).toBe(true);
		expect(guard.isNew(page.map((entry) => ({ ...entry })))).toBe(false);
	});

	it('a cycle of pages (A, B, A) ends at the first page already read', () => {
		const guard = new PageGuard('List');
		expect(guard.isNew([{ id: 1 }, { id: 2 }])).toBe(true);
		expect(guard.isNew([{ id: 3 }, { id: 4 }])).toBe(true);
		expect(guard.isNew([{ id: 1 }, { id: 2 }])).toBe(false);
	});

	it('pages with different entries are new', () => {
		const guard = new PageGuard('List');
		for (let page = 0; page < 50; page++) {
			expect(guard.isNew([{ id: page * 2 }, { id: page * 2 + 1 }])).toBe(true);
			guard.beforeNextPage();
		}
	});

	it('past the page cap the loop ends with a clear error', () => {
		const guard = new PageGuard('PhoneBurner Return All', 3);
		for (let page = 1; page <= 3; page++) {
			expect(guard.isNew([{ id: page }])).toBe(true);
			if (page < 3) guard.beforeNextPage();
		}
		expect(() => guard.beforeNextPage()).toThrow(PageCapError);
		expect(() => guard.beforeNextPage()).toThrow('PhoneBurner Return All stopped after 3 pages');
	});

	it('the default cap is 10,000 pages', () => {
		expect(MAX_PAGES).toBe(10_000);
	});
});
