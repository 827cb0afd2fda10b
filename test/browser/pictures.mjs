// Pictures for the README, drawn by the browser itself (no image library): screenshots laid
// side by side on a page of their own and photographed again.
import { readFileSync } from 'node:fs';

/** Lays PNG files side by side (scaled to `height`) and writes one PNG of them to `file`. */
export async function composeSideBySide(context, files, file, { height = 640, gap = 12 } = {}) {
	const page = await context.newPage();
	try {
		const images = files
			.map((path) => `<img src="data:image/png;base64,${readFileSync(path).toString('base64')}">`)
			.join('');
		await page.setContent(
			`<!doctype html><html><body style="margin:0"><div id="row" style="display:inline-flex;gap:${gap}px;padding:${gap}px;background:#e6e6e6">${images}</div><style>img{height:${height}px;border:1px solid #c8c8c8;border-radius:6px}</style></body></html>`,
		);
		await page.waitForFunction(() =>
			[...document.images].every((image) => image.complete && image.naturalWidth > 0),
		);
		await page.locator('#row').screenshot({ path: file });
	} finally {
		await page.close();
	}
}
