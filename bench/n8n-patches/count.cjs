// Counts, inside a running n8n, the pieces of work whose number per item decides what a node
// costs: expressions evaluated, data proxies built for them, getNodeParameter calls, properties
// the declarative engine visits and its base-URL walks. Counts do not depend on how busy the
// machine is, unlike times. The bench loads it with BENCH_COUNT=1 and reads the counts before and
// after each run (SIGUSR2 makes n8n write them to $N8N_BENCH_COUNTS); never used by the package.
'use strict';
const Module = require('node:module');
const path = require('node:path');
const { writeFileSync } = require('node:fs');

const base = path.dirname(process.argv[1]);
const routingFile = require.resolve('n8n-core/dist/execution-engine/routing-node.js', {
	paths: [base],
});
const local = Module.createRequire(routingFile);
const counts = {
	expressions: 0,
	dataProxies: 0,
	getNodeParameter: 0,
	propertyVisits: 0,
	baseUrlWalks: 0,
	routingItems: 0,
};

function wrap(target, name, counter, when = () => true) {
	const original = target[name];
	if (typeof original !== 'function') {
		process.stderr.write(`[count patch] ${name} not found\n`);
		return;
	}
	target[name] = function (...args) {
		if (when(args)) counts[counter]++;
		return original.apply(this, args);
	};
}

const workflowDir = path.dirname(local.resolve('n8n-workflow'));
const { WorkflowExpression } = local(path.join(workflowDir, 'workflow-expression.js'));
const { WorkflowDataProxy } = local(path.join(workflowDir, 'workflow-data-proxy.js'));
const { RoutingNode } = local(routingFile);
const { NodeExecutionContext } = local('./node-execution-context/node-execution-context');
const isExpression = (value) => typeof value === 'string' && value.charAt(0) === '=';
wrap(WorkflowExpression.prototype, 'resolveSimpleParameterValue', 'expressions', ([value]) =>
	isExpression(value),
);
wrap(WorkflowDataProxy.prototype, 'getDataProxy', 'dataProxies');
wrap(NodeExecutionContext.prototype, '_getNodeParameter', 'getNodeParameter');
wrap(RoutingNode.prototype, 'getRequestOptionsFromParameters', 'propertyVisits');
wrap(RoutingNode.prototype, 'resolveBaseUrl', 'baseUrlWalks');
wrap(RoutingNode.prototype, 'makeRequest', 'routingItems');

process.on('SIGUSR2', () => {
	if (process.env.N8N_BENCH_COUNTS)
		writeFileSync(process.env.N8N_BENCH_COUNTS, JSON.stringify(counts));
});
