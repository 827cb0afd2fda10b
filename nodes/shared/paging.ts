import type { IDataObject } from 'n8n-workflow';

/**
 * Pages one list may take before the loop gives up with an error. At the vendors' page sizes
 * (100 to 1,000 entries) that is one to ten million entries, far beyond any real list.
 */
export const MAX_PAGES = 10_000;

/** Thrown when a list keeps saying "more" past the page cap; the executor reports it as is. */
export class PageCapError extends Error {}

/**
 * The end condition every paging loop of the package shares, on top of the vendor's own "is
 * there more" answer:
 * - a page that brings nothing new (no entries, or exactly the entries of a page already read,
 *   as a vendor that ignores the page parameter answers) ends the list, and is not kept;
 * - past `maxPages` pages the loop ends with a clear error instead of running on.
 */
export class PageGuard {
	private pages = 0;
	private readonly seen = new Set<string>();

	constructor(
		private readonly what: string,
		private readonly maxPages = MAX_PAGES,
	) {}

	/** Whether this page brings entries no earlier page had. Call once per page read. */
	isNew(entries: IDataObject[]): boolean {
		this.pages++;
		if (entries.length === 0) return false;
		// The first and last entries with the count tell a repeated page apart from a new one
		// without serialising every entry of a large page.
		const signature = `${entries.length}|${JSON.stringify(entries[0])}|${JSON.stringify(entries[entries.length - 1])}`;
		if (this.seen.has(signature)) return false;
		this.seen.add(signature);
		return true;
	}

	/** Call before asking for another page: throws once the cap is reached. */
	beforeNextPage(): void {
		if (this.pages >= this.maxPages) {
			throw new PageCapError(
				`${this.what} stopped after ${this.maxPages} pages: the list kept saying there are more. Use Limit instead of Return All, or narrow the filters.`,
			);
		}
	}
}
