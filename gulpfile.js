// `n8n-node build` compiles the TypeScript and copies the SVG/PNG icons into dist/.
// This file does the one remaining job: copying the codex files (`*.node.json`, the
// metadata n8n reads for a node's categories, aliases and documentation links).
const { src, dest } = require('gulp');

function copyCodexFiles() {
	return src('nodes/**/*.node.json', { base: '.' }).pipe(dest('dist'));
}

exports.default = copyCodexFiles;
exports['build:codex'] = copyCodexFiles;
