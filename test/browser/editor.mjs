// n8n's editor, seen through its own test ids (data-test-id, as n8n's Playwright tests use them):
// the canvas, the node creator, the node details view (NDV), the credential modal and the
// personal settings. Each helper waits for what a user would wait for.
import { OWNER } from './server.mjs';

const MANUAL_TRIGGER = 'When clicking ‘Execute workflow’';

/** Signs the browser in (the session cookie lands in the browser's profile). */
export async function signIn(context, base) {
	const answer = await context.request.post(`${base}/rest/login`, {
		data: { emailOrLdapLoginId: OWNER.email, password: OWNER.password },
	});
	if (!answer.ok()) throw new Error(`sign-in failed: HTTP ${answer.status()}`);
}

/** A new workflow holding only a Manual Trigger (or nothing, with `empty`); returns its id. */
export async function createWorkflow(context, base, name, { empty = false } = {}) {
	const nodes = empty
		? []
		: [
				{
					id: 'manual',
					name: MANUAL_TRIGGER,
					type: 'n8n-nodes-base.manualTrigger',
					typeVersion: 1,
					position: [0, 0],
					parameters: {},
				},
			];
	const answer = await context.request.post(`${base}/rest/workflows`, {
		data: { name, nodes, connections: {}, settings: { executionOrder: 'v1' }, active: false },
	});
	if (!answer.ok())
		throw new Error(`workflow creation failed: HTTP ${answer.status()} ${await answer.text()}`);
	return (await answer.json()).data.id;
}

export async function openWorkflow(page, base, id, { empty = false } = {}) {
	await page.goto(`${base}/workflow/${id}`);
	await page
		.getByTestId(empty ? 'canvas-plus-button' : 'canvas-node')
		.first()
		.waitFor();
}

/** On an empty canvas: "Add first step", which opens the node creator on the triggers. */
export async function openCreatorForTrigger(page) {
	await page.getByTestId('canvas-plus-button').click();
	await creator(page).waitFor();
}

// ------------------------------------------------------------------ node creator

const creator = (page) => page.getByTestId('node-creator');
const creatorItems = (page) => creator(page).getByTestId('item-iterator-item');
const creatorItem = (page, name) =>
	creatorItems(page).filter({
		has: page.getByTestId('node-creator-item-name').getByText(name, { exact: true }),
	});

/** Opens the node creator from a canvas node's output (so the new node is connected to it). */
export async function openCreatorAfter(page, nodeName = MANUAL_TRIGGER) {
	// The canvas grows to the right with each node: fit it into view first.
	await page.getByTestId('zoom-to-fit').click();
	await page.waitForTimeout(400);
	const node = canvasNode(page, nodeName);
	await node.hover();
	await node.getByTestId('canvas-handle-plus').first().click();
	await creator(page).waitFor();
}

/** Types into the creator's search and waits until `expected` is among the results; returns the results. */
export async function searchCreator(page, query, expected) {
	await page.getByTestId('node-creator-search-bar').fill(query);
	await creatorItem(page, expected).first().waitFor();
	return await creatorItems(page).evaluateAll((items) =>
		items.map((item) => ({
			name:
				item.querySelector('[data-test-id="node-creator-item-name"]')?.textContent?.trim() ?? '',
			description:
				item.querySelector('[data-test-id="node-creator-item-description"]')?.textContent?.trim() ??
				'',
			icon: item.querySelector('img')?.getAttribute('src') ?? '',
		})),
	);
}

/** Opens a search result (a node with actions) and reads its category headers ("Actions (56)", "Triggers (3)"). */
export async function openCreatorNode(page, name) {
	await creatorItem(page, name).first().click();
	const categories = creator(page).getByTestId('node-creator-category-item');
	await categories.first().waitFor();
	const headers = await categories.allInnerTexts();
	const count = (label) =>
		Number(/\((\d+)\)/.exec(headers.find((header) => header.startsWith(label)) ?? '')?.[1] ?? NaN);
	return { headers, actions: count('Actions'), triggerCount: count('Triggers') };
}

/** Opens the (collapsed) Triggers section of the open node panel; returns its events. */
export async function creatorTriggers(page) {
	const header = creator(page)
		.getByTestId('node-creator-category-item')
		.filter({ hasText: /^Triggers/ });
	if (!(await header.count())) return [];
	const section = header.locator('xpath=..');
	if ((await section.getAttribute('data-category-collapsed')) === 'true') await header.click();
	return await section.getByTestId('node-creator-item-name').allInnerTexts();
}

/** The node creator's panel, for a picture of it. */
export const creatorPanel = creator;

/** Clicks an action of the open node panel (the node is added and its NDV opens). */
export async function chooseAction(page, action) {
	const item = creatorItem(page, action).first();
	await item.scrollIntoViewIfNeeded();
	await item.click();
	await page.getByTestId('ndv').waitFor();
	await page.getByTestId('node-parameters').waitFor();
}

// ------------------------------------------------------------------ node details view

export const ndv = (page) => page.getByTestId('ndv');
const parameterInput = (page, name) => ndv(page).getByTestId(`parameter-input-${name}`);

/** The options of the open dropdown (n8n teleports the list out of the NDV). */
const visibleOptions = (page) => page.getByRole('option').filter({ visible: true });

/** Clicks a dropdown until its list shows (a click while the panel re-renders can be lost). */
async function openSelect(page, trigger) {
	for (let attempt = 0; ; attempt++) {
		await trigger.click();
		try {
			await visibleOptions(page).first().waitFor({ timeout: 15_000 });
			return;
		} catch (error) {
			if (attempt === 2) throw error;
		}
	}
}

/** The option names of the open dropdown (the headline, without the option's description). */
async function optionNames(page) {
	// Options loaded from the vendor replace the "Loading options" placeholder.
	await page.waitForFunction(
		() =>
			![...document.querySelectorAll('[role="option"]')].some((option) =>
				/^\s*loading/i.test(option.textContent ?? ''),
			),
	);
	return await visibleOptions(page).evaluateAll((options) =>
		options
			.map(
				(option) =>
					(
						option.querySelector('[class*="headline"], [class*="Headline"]') ?? option
					).textContent?.trim() ?? '',
			)
			.filter(Boolean),
	);
}

/** Opens a dropdown parameter, waits for its options (loaded from the vendor); returns their names. */
export async function openDropdown(page, name) {
	await openSelect(page, parameterInput(page, name));
	return await optionNames(page);
}

/** Picks an option of the open dropdown by its name. */
export async function pickOption(page, label) {
	await visibleOptions(page)
		.filter({ has: page.getByText(label, { exact: true }) })
		.first()
		.click();
}

/** Opens a dropdown and picks an option in one go. */
export async function setDropdown(page, name, label) {
	await openDropdown(page, name);
	await pickOption(page, label);
}

/** Types into a text parameter. */
export async function setText(page, name, value) {
	const input = parameterInput(page, name).locator('input, textarea').first();
	await input.click();
	await input.fill(value);
	await input.blur();
}

/** Adds an entry of a collection (Options, Filters, Additional Fields) by its display name. */
export async function addCollectionOption(page, button, label) {
	// One option: a button labelled `button`. Several: a dropdown with `button` as placeholder.
	const add = ndv(page).getByTestId('collection-parameter-add');
	await openSelect(
		page,
		add
			.filter({ hasText: button })
			.or(add.filter({ has: page.getByPlaceholder(button) }))
			.first(),
	);
	await pickOption(page, label);
}

/** A resource locator in "From list" mode: opens the list, returns its entries' labels. */
export async function openResourceList(page, name) {
	await ndv(page).getByTestId(`resource-locator-${name}`).getByTestId('rlc-input').click();
	const items = page.getByTestId('rlc-item').filter({ visible: true });
	await items.first().waitFor();
	return { items, labels: (await items.allInnerTexts()).map((text) => text.trim()) };
}

/** The parameter issues the panel shows (red "!" next to a parameter), with their parameter. */
export async function parameterIssues(page) {
	return await ndv(page)
		.getByTestId('parameter-issues')
		.evaluateAll((issues) =>
			issues
				.filter((issue) => issue.getBoundingClientRect().width > 0)
				.map(
					(issue) =>
						issue
							.closest('[data-test-id^="parameter-input-"], .parameter-item')
							?.textContent?.trim()
							.slice(0, 80) ?? '?',
				),
		);
}

/** Every parameter label of the panel, top to bottom, as the user reads them. */
export async function parameterLabels(page) {
	return (await ndv(page).getByTestId('node-parameters').getByTestId('input-label').allInnerTexts())
		.map((text) => text.replace(/\s+/g, ' ').trim())
		.filter(Boolean);
}

/** Presses Execute step and waits for the output panel to show the run. */
export async function executeStep(page) {
	await ndv(page).getByTestId('node-execute-button').click();
	const output = ndv(page).getByTestId('output-panel');
	await output
		.locator(
			'[data-test-id="ndv-items-count"], [data-test-id="node-error-message"], .node-error-view',
		)
		.first()
		.waitFor({ timeout: 120_000 })
		.catch(() => undefined);
	await output
		.getByTestId('ndv-data-container')
		.or(output.getByTestId('node-error-message'))
		.first()
		.waitFor({ timeout: 120_000 });
	return output;
}

/** What the output panel shows: the item count text and the table's headers and first rows. */
export async function outputTable(page) {
	const output = ndv(page).getByTestId('output-panel');
	const table = output.getByTestId('ndv-data-container').locator('table').first();
	await table.waitFor();
	const headers = (await table.locator('thead th').allInnerTexts())
		.map((text) => text.trim())
		.filter(Boolean);
	const rows = await table
		.locator('tbody tr')
		.evaluateAll((rows) =>
			rows
				.slice(0, 5)
				.map((row) =>
					[...row.querySelectorAll('td')].map((cell) => cell.textContent?.trim() ?? ''),
				),
		);
	const count =
		(
			await output
				.getByTestId('ndv-items-count')
				.allInnerTexts()
				.catch(() => [])
		)
			.join(' ')
			.trim() ||
		(await output.getByTestId('run-data-pane-header').innerText()).replace(/\s+/g, ' ');
	return { headers, rows, count };
}

export async function closeNdv(page) {
	await page.getByTestId('ndv-close-button').click();
	await ndv(page).waitFor({ state: 'hidden' });
}

/** Closes n8n's toasts ("Node executed successfully", "Credential saved"), e.g. before a picture. */
export async function dismissToasts(page) {
	for (const close of await page
		.locator('.el-notification .el-notification__closeBtn')
		.filter({ visible: true })
		.all())
		await close.click().catch(() => undefined);
	await page
		.locator('.el-notification')
		.filter({ visible: true })
		.first()
		.waitFor({ state: 'hidden', timeout: 5_000 })
		.catch(() => undefined);
}

/** After a failed step: closes whatever is open (credential modal, dropdown, NDV, node creator). */
export async function recover(page) {
	for (let attempt = 0; attempt < 4; attempt++) {
		const open =
			(await credentialModal(page).isVisible()) ||
			(await ndv(page).isVisible()) ||
			(await creator(page).isVisible());
		if (!open) return;
		await page.keyboard.press('Escape');
		await page.waitForTimeout(500);
	}
	if (await ndv(page).isVisible()) await closeNdv(page).catch(() => undefined);
}

// ------------------------------------------------------------------ credentials

// The dialog around the credential form (its header holds Save and the close button).
const credentialModal = (page) => page.getByTestId('editCredential-modal');

/** Opens the node's selected credential (the pencil next to it). */
export async function openNodeCredential(page) {
	await ndv(page).getByTestId('credential-edit-button').click();
	await credentialModal(page).waitFor();
	await credentialModal(page).getByTestId('credential-connection-parameter').first().waitFor();
	return credentialModal(page);
}

/** Waits for the credential test n8n runs (on open, on Save, on Retry) to answer. */
const credentialTestAnswer = (page) =>
	page.waitForResponse((response) => response.url().includes('/rest/credentials/test'), {
		timeout: 60_000,
	});

/** Types a value into a credential field and presses Save, which tests the credential; returns the banner. */
export async function saveCredentialWith(page, field, value) {
	const modal = credentialModal(page);
	const input = modal.getByTestId(`parameter-input-${field}`).locator('input, textarea').first();
	await input.fill(value);
	const tested = credentialTestAnswer(page);
	await page.getByTestId('credential-save-button').click();
	await tested;
	return await testBanner(page);
}

/** The outcome the open credential modal shows: `{ ok, text }`. */
export async function testBanner(page) {
	const modal = credentialModal(page);
	const success = modal.getByTestId('credentials-config-container-test-success');
	// The failure banner has no test id: it is the one that says n8n could not connect.
	const failure = modal
		.locator('.el-tag--danger')
		.filter({ hasText: /Couldn.t connect with these settings/ });
	await success.or(failure).first().waitFor({ timeout: 60_000 });
	await page.waitForTimeout(300);
	const ok = await success.isVisible();
	if (!ok) {
		// The vendor's message is behind "More details", as a user would open it.
		const more = failure.first().getByText('More details', { exact: true });
		if (await more.isVisible()) await more.click();
		await page.waitForTimeout(300);
	}
	const text = (await (ok ? success : failure.first()).innerText()).replace(/\s+/g, ' ').trim();
	return { ok, text };
}

/** Presses the banner's Retry button (the modal's own Test) and waits for the new outcome. */
export async function retestCredential(page) {
	const tested = credentialTestAnswer(page);
	await credentialModal(page).getByRole('button', { name: 'Retry', exact: true }).first().click();
	await tested;
	return await testBanner(page);
}

export async function closeCredentialModal(page) {
	await credentialModal(page).getByRole('button', { name: 'Close this dialog' }).click();
	await credentialModal(page).waitFor({ state: 'hidden' });
}

// ------------------------------------------------------------------ theme

/** Settings → Personal → Theme, as a user switches it. */
export async function chooseTheme(page, base, theme) {
	await page.goto(`${base}/settings/personal`);
	await openSelect(page, page.getByTestId('theme-select'));
	await pickOption(page, theme === 'dark' ? 'Dark theme' : 'Light theme');
	await page.getByTestId('save-settings-button').click();
	await page.waitForFunction(
		(wanted) => document.body.getAttribute('data-theme') === wanted,
		theme,
	);
}

/**
 * Whether an icon <img> can be seen where it is drawn: its pixels against the background behind
 * it. Returns `{ src, width, height, visibleShare }`, where visibleShare is the share of the icon's
 * box whose pixels have a contrast ratio of at least 3:1 with that background (WCAG's figure for
 * graphics).
 */
export async function iconVisibility(locator) {
	return await locator.evaluate(async (img) => {
		if (!img.complete)
			await new Promise((resolve) => img.addEventListener('load', resolve, { once: true }));
		// Any CSS colour (oklch, color(), rgb) as sRGB bytes: paint it and read the pixel back.
		const probe = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
		const toRgba = (color) => {
			probe.clearRect(0, 0, 1, 1);
			probe.fillStyle = color;
			probe.fillRect(0, 0, 1, 1);
			return [...probe.getImageData(0, 0, 1, 1).data];
		};
		let element = img.parentElement;
		let background = [255, 255, 255, 255];
		while (element) {
			const rgba = toRgba(getComputedStyle(element).backgroundColor);
			if (rgba[3] > 128) {
				background = rgba;
				break;
			}
			element = element.parentElement;
		}
		const luminance = ([r, g, b]) => {
			const channel = (value) => {
				const c = value / 255;
				return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
			};
			return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
		};
		const width = Math.max(1, Math.round(img.getBoundingClientRect().width));
		const height = Math.max(1, Math.round(img.getBoundingClientRect().height));
		const canvas = document.createElement('canvas');
		canvas.width = width;
		canvas.height = height;
		const context = canvas.getContext('2d');
		context.drawImage(img, 0, 0, width, height);
		const { data } = context.getImageData(0, 0, width, height);
		const behind = luminance(background);
		let visible = 0;
		for (let index = 0; index < data.length; index += 4) {
			const alpha = data[index + 3] / 255;
			if (alpha === 0) continue;
			// The pixel as drawn over the background.
			const drawn = [0, 1, 2].map(
				(channel) => data[index + channel] * alpha + background[channel] * (1 - alpha),
			);
			const [light, dark] = [luminance(drawn), behind].sort((a, b) => b - a);
			if ((light + 0.05) / (dark + 0.05) >= 3) visible += 1;
		}
		return {
			src: img.getAttribute('src'),
			width,
			height,
			background: `rgb(${background.slice(0, 3).join(', ')})`,
			visibleShare: visible / (width * height),
		};
	});
}

// ------------------------------------------------------------------ canvas

/** The canvas node of that name. */
export function canvasNode(page, name) {
	return page.locator(`[data-test-id="canvas-node"][data-node-name="${name}"]`);
}

/** The subtitle under a canvas node's name (what its `subtitle` expression gives). */
export async function nodeSubtitle(node) {
	return await node.evaluate((element) => {
		const subtitle = element.querySelector('[class*="subtitle"]');
		return subtitle?.textContent?.trim() ?? '';
	});
}

/** A subtitle a user reads: words, not parameter values such as "getAll: contactList". */
export function readableSubtitle(text) {
	return text !== '' && !/\b[a-z]+[A-Z]\w*\b/.test(text) && !/^[a-z]+: [a-z]+$/.test(text);
}

/** Ctrl+S, as a user saves, and waits for n8n to store the workflow. */
export async function saveWorkflow(page) {
	const saved = page.waitForResponse(
		(response) =>
			/\/rest\/workflows\/[^/]+$/.test(new URL(response.url()).pathname) &&
			['PATCH', 'PUT'].includes(response.request().method()),
		{ timeout: 30_000 },
	);
	await page.getByTestId('canvas-wrapper').click({ position: { x: 20, y: 20 } });
	await page.keyboard.press('Control+s');
	await saved;
}
