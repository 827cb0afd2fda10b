// What three changes to n8n's declarative engine (n8n-core's RoutingNode, n8n 2.40) would save,
// to be measured with the bench; never used by the package or its tests. Load it into n8n with
//   BENCH_N8N_ENV='{"NODE_OPTIONS":"--require=<abs path>/bench/n8n-patches/routing-node.cjs"}'
// and choose the changes with N8N_ROUTING_PATCHES (comma-separated; default all three):
//
//   baseUrl   resolveBaseUrl() walks only properties that route a baseURL. Today it walks every
//             property of the node again, for every item, evaluating every expression a second
//             time, only to learn the base URL for the credential's allowed-domains check.
//   lazyValue runNode() evaluates a property's value only when the property has routing (the
//             value is used as `$value` in that property's routing and nowhere else). Today
//             every property's value is evaluated for every item, routed or not, shown or not.
//   display   displayParameter() is decided once per node run and property, not once per item:
//             it reads the node's raw parameters, which are the same for every item.
//
// The patch rewrites the methods from their own source, so it checks that each place it
// changes is there and says so when it is not (another n8n version).
'use strict';
const Module = require('node:module');
const path = require('node:path');

const wanted = new Set(
	(process.env.N8N_ROUTING_PATCHES ?? 'baseUrl,lazyValue,display')
		.split(',')
		.map((name) => name.trim())
		.filter(Boolean),
);
const file = require.resolve('n8n-core/dist/execution-engine/routing-node.js', {
	paths: [path.dirname(process.argv[1])],
});
const local = Module.createRequire(file);
const { RoutingNode } = local(file);
const interop = (mod) => (mod && mod.__esModule ? mod : { default: mod });
const scope = {
	sleep_1: local('@n8n/utils/sleep'),
	get_1: interop(local('lodash/get')),
	merge_1: interop(local('lodash/merge')),
	set_1: interop(local('lodash/set')),
	n8n_workflow_1: local('n8n-workflow'),
	node_url_1: interop(local('node:url')),
	node_execution_context_1: local('./node-execution-context'),
	get_additional_keys_1: local('./node-execution-context/utils/get-additional-keys'),
};
const displayed = new WeakMap();
scope.displayedOnce = (node, property, description) => {
	let known = displayed.get(node.parameters);
	if (!known) displayed.set(node.parameters, (known = new WeakMap()));
	let shown = known.get(property);
	if (shown === undefined) {
		shown = scope.n8n_workflow_1.NodeHelpers.displayParameter(
			node.parameters,
			property,
			node,
			description,
			node.parameters,
		);
		known.set(property, shown);
	}
	return shown;
};

function rewrite(name, replacements) {
	let source = RoutingNode.prototype[name].toString();
	for (const [from, to] of replacements) {
		if (!source.includes(from))
			throw new Error(
				`routing-node patch: "${from.slice(0, 60)}…" is not in RoutingNode.${name} of this n8n`,
			);
		source = source.split(from).join(to);
	}
	const fn = new Function(...Object.keys(scope), `return ({ ${source} }).${name};`)(
		...Object.values(scope),
	);
	RoutingNode.prototype[name] = fn;
}

if (wanted.has('lazyValue')) {
	rewrite('runNode', [
		[
			'let value = (0, get_1.default)(node.parameters, property.name, []);\n                    value = this.getParameterValue(',
			'let value = (0, get_1.default)(node.parameters, property.name, []);\n                    if (property.routing) value = this.getParameterValue(',
		],
	]);
}
if (wanted.has('display')) {
	rewrite('getRequestOptionsFromParameters', [
		[
			'n8n_workflow_1.NodeHelpers.displayParameter(node.parameters, nodeProperties, node, nodeType.description, node.parameters)',
			'displayedOnce(node, nodeProperties, nodeType.description)',
		],
	]);
}
if (wanted.has('baseUrl')) {
	const routesBaseUrl = new WeakMap();
	const mentions = (value) => {
		if (Array.isArray(value)) return value.some(mentions);
		if (value === null || typeof value !== 'object') return false;
		if (value.routing?.request && 'baseURL' in value.routing.request) return true;
		return mentions(value.options) || mentions(value.values);
	};
	const original = RoutingNode.prototype.resolveBaseUrl;
	RoutingNode.prototype.resolveBaseUrl = function (
		itemIndex,
		runIndex,
		executeData,
		thisArgs,
		parameterKeys,
	) {
		const { description } = this.nodeType;
		let routes = routesBaseUrl.get(description);
		if (routes === undefined)
			routesBaseUrl.set(description, (routes = mentions(description.properties)));
		if (routes)
			return original.call(this, itemIndex, runIndex, executeData, thisArgs, parameterKeys);
		if (description.requestDefaults?.baseURL === undefined) return undefined;
		return this.getParameterValue(
			description.requestDefaults.baseURL,
			itemIndex,
			runIndex,
			executeData,
			parameterKeys,
			false,
		);
	};
}
process.stderr.write(`[routing-node patch] ${[...wanted].join(', ')}\n`);
