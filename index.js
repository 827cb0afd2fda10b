// n8n loads this package through the "n8n" block of package.json (the compiled files in
// dist/), not through this entry point. It is kept so that `require('n8n-nodes-telephony')`
// resolves, and it deliberately exports nothing.
module.exports = {};
