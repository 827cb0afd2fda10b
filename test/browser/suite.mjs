// The browser checks in one signed-in Chromium against one running n8n, on one workflow that a
// user builds node by node (Manual Trigger → PrimeVox → CallFire → Call-Em-All → PhoneBurner,
// each fed one item by the one before): for each vendor the node creator's search and action
// count, the node panel with a dropdown filled from the stand-in and no parameter issues, the
// credential's test (right and wrong secret), the executed step's output table, and its icon and
// subtitle on the canvas; then n8n's dark theme and the dark icons. Every step leaves a
// screenshot in `shots` (NN-vendor-step.png); with `pictures`, the README's pictures are written
// there too.
import { join } from 'node:path';

import * as editor from './editor.mjs';
import { VENDORS } from './vendors.mjs';

/** At least this share of the icon's box must stand out from what is behind it (3:1 contrast). */
const VISIBLE_SHARE = 0.5;

export async function runBrowserSuite({
	context,
	page,
	base,
	check,
	shots,
	operationCounts,
	pictures,
	say = () => {},
}) {
	let shotNumber = 0;
	const shot = async (vendor, step, target = page) => {
		shotNumber += 1;
		const file = join(shots, `${String(shotNumber).padStart(2, '0')}-${vendor}-${step}.png`);
		await target.screenshot({ path: file });
		return file;
	};
	const picture = async (name, target) => {
		if (!pictures) return undefined;
		await editor.dismissToasts(page);
		const file = join(pictures.work, name);
		await target.screenshot({ path: file });
		return file;
	};
	const creatorPictures = [];

	const workflowId = await editor.createWorkflow(context, base, 'Telephony in the browser');
	await editor.openWorkflow(page, base, workflowId);
	let previous; // the canvas node the next vendor's node is added after
	const added = [];

	for (const vendor of VENDORS) {
		say(`browser: ${vendor.node}`);
		const started = Date.now();
		const attempt = async (name, step) => {
			try {
				return await step();
			} catch (error) {
				await shot(vendor.key, `failed-${name.replace(/\W+/g, '-')}`).catch(() => undefined);
				check(`${vendor.node}: ${name}`, false, error.message.split('\n').slice(0, 4).join(' '));
				await editor.recover(page).catch(() => undefined);
				return undefined;
			}
		};

		// ------------------------------------------------------------ node creator
		const found = await attempt('node creator search', async () => {
			await editor.openCreatorAfter(page, previous);
			const results = await editor.searchCreator(page, vendor.search, vendor.node);
			const names = results.map((result) => result.name);
			check(
				`${vendor.node}: searching "${vendor.search}" finds the node${vendor.otherResults.length ? ` and ${vendor.otherResults.join(', ')}` : ''} (${names.join(', ')})`,
				[vendor.node, ...vendor.otherResults].every((name) => names.includes(name)),
				JSON.stringify(results),
			);
			const panel = await editor.openCreatorNode(page, vendor.node);
			const readmeCount = operationCounts[vendor.readme];
			check(
				`${vendor.node}: the node creator lists ${panel.actions} actions, as many as the README's operation table (${readmeCount})`,
				panel.actions === readmeCount,
				panel.headers.join(', '),
			);
			await shot(vendor.key, 'node-creator');
			const creatorPicture = await picture(`creator-${vendor.key}.png`, editor.creatorPanel(page));
			if (creatorPicture) creatorPictures.push(creatorPicture);
			const triggers = await editor.creatorTriggers(page);
			check(
				`${vendor.node}: … and its trigger's events (${triggers.join(', ')})`,
				vendor.triggerEvents.every((event) => triggers.includes(event)),
				JSON.stringify({ panel, triggers }),
			);
			return panel;
		});
		if (!found) continue;

		// ------------------------------------------------------------ node panel and dropdown
		const opened = await attempt('the node panel opens', async () => {
			await editor.chooseAction(page, vendor.action);
			const credential = await editor
				.ndv(page)
				.getByTestId('node-credentials-select')
				.locator('input')
				.first()
				.inputValue();
			check(
				`${vendor.node}: "${vendor.action}" opens the panel with the stand-in credential picked`,
				credential.includes('(stand-in)'),
				credential,
			);
			return true;
		});
		if (!opened) continue;
		previous = vendor.action;
		added.push(vendor);
		await attempt('the dropdown', async () => {
			const labels = await vendor.dropdown.open(page);
			await shot(vendor.key, 'dropdown');
			check(
				`${vendor.node}: the ${vendor.dropdown.label} dropdown lists the stand-in's values (${labels.slice(0, 3).join('; ')}${labels.length > 3 ? '; …' : ''})`,
				vendor.dropdown.expected(labels),
				JSON.stringify(labels.slice(0, 10)),
			);
			await vendor.dropdown.pick(page);
		});
		await attempt('no parameter issues', async () => {
			await page.waitForTimeout(500);
			const issues = await editor.parameterIssues(page);
			await shot(vendor.key, 'panel');
			check(
				`${vendor.node}: the panel shows no parameter issues`,
				issues.length === 0,
				issues.join(' | '),
			);
		});

		// ------------------------------------------------------------ credential test
		await attempt('credential test', async () => {
			await editor.openNodeCredential(page);
			const onOpen = await editor.testBanner(page);
			const retried = await editor.retestCredential(page);
			check(
				`${vendor.node}: the credential's test succeeds against the stand-in ("${retried.text}")`,
				onOpen.ok && retried.ok,
				`on open: ${onOpen.text}; retry: ${retried.text}`,
			);
			const wrong = await editor.saveCredentialWith(
				page,
				vendor.credentialField,
				`${vendor.rightValue()}-wrong`,
			);
			await shot(vendor.key, 'credential-wrong');
			check(
				`${vendor.node}: with a wrong ${vendor.credentialField} it fails with "${vendor.wrongMessage}"`,
				!wrong.ok && wrong.text.includes(vendor.wrongMessage),
				wrong.text,
			);
			const right = await editor.saveCredentialWith(
				page,
				vendor.credentialField,
				vendor.rightValue(),
			);
			check(
				`${vendor.node}: … and succeeds again once the right value is saved`,
				right.ok,
				right.text,
			);
			await editor.closeCredentialModal(page);
		});

		// ------------------------------------------------------------ execute
		await attempt('execute step', async () => {
			await editor.executeStep(page);
			const table = await editor.outputTable(page);
			await shot(vendor.key, 'output');
			await picture(`${vendor.key}-node.png`, editor.ndv(page));
			const { count, columns, cell } = vendor.output;
			const hasCell = !cell || table.rows.some((row) => row.includes(cell));
			check(
				`${vendor.node}: Execute step shows ${count} in the output table (${table.headers.slice(0, 4).join(', ')}${table.headers.length > 4 ? ', …' : ''})`,
				table.count.includes(count) &&
					columns.every((column) => table.headers.includes(column)) &&
					hasCell,
				JSON.stringify(table).slice(0, 600),
			);
		});

		await attempt('back on the canvas', async () => {
			await editor.closeNdv(page);
			const node = editor.canvasNode(page, vendor.action);
			const subtitle = await editor.nodeSubtitle(node);
			const icon = await editor.iconVisibility(node.locator('img').first());
			check(
				`${vendor.node}: on the canvas its subtitle reads "${subtitle}"`,
				editor.readableSubtitle(subtitle),
				subtitle,
			);
			check(
				`${vendor.node}: its light icon is visible on the light canvas (${Math.round(icon.visibleShare * 100)}% of it stands out from ${icon.background})`,
				!icon.src.includes('.dark.') && icon.visibleShare >= VISIBLE_SHARE,
				JSON.stringify(icon),
			);
		});
		say(`browser: ${vendor.node} took ${Math.round((Date.now() - started) / 1000)} s`);
	}
	await editor
		.saveWorkflow(page)
		.catch((error) => check('the workflow is saved', false, error.message));
	await shot('all', 'canvas-light');

	// ------------------------------------------------------------ dark theme
	say('browser: dark theme');
	try {
		await editor.chooseTheme(page, base, 'dark');
		await editor.openWorkflow(page, base, workflowId);
		await page.getByTestId('zoom-to-fit').click();
		await page.waitForTimeout(500);
		await shot('all', 'canvas-dark');
		await picture('canvas-dark.png', page);
	} catch (error) {
		check('n8n switches to its dark theme', false, error.message);
		return { workflowId, creatorPictures };
	}
	for (const vendor of added) {
		try {
			const icon = await editor.iconVisibility(
				editor.canvasNode(page, vendor.action).locator('img').first(),
			);
			check(
				`${vendor.node}: in the dark theme its icon is the dark one and visible (${Math.round(icon.visibleShare * 100)}% of it stands out from ${icon.background})`,
				icon.src.endsWith('.dark.svg') && icon.visibleShare >= VISIBLE_SHARE,
				JSON.stringify(icon),
			);
		} catch (error) {
			check(`${vendor.node}: its icon in the dark theme`, false, error.message);
		}
	}
	return { workflowId, creatorPictures };
}

/** A picture of one trigger's panel, added as a user adds a first step: PhoneBurner's call-done trigger. */
export async function triggerPicture({ context, page, base, file }) {
	const workflowId = await editor.createWorkflow(context, base, 'PhoneBurner trigger', {
		empty: true,
	});
	await editor.openWorkflow(page, base, workflowId, { empty: true });
	await editor.openCreatorForTrigger(page);
	await editor.searchCreator(page, 'PhoneBurner', 'PhoneBurner');
	await editor.openCreatorNode(page, 'PhoneBurner');
	await editor.chooseAction(page, 'On call done');
	await page.waitForTimeout(1000);
	await editor.ndv(page).screenshot({ path: file });
}
