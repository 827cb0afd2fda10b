/** Unit tests: TypeScript through ts-jest, the vendor mocked with nock, no real network. */
module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test/unit'],
	testMatch: ['**/*.test.ts'],
	transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'test/tsconfig.json' }] },
	setupFilesAfterEnv: ['<rootDir>/test/helpers/jest.setup.js'],
	// Generous: some tests run 10,000 items through the real engine, and this machine is often shared.
	testTimeout: 120000,
};
// n8n-core keeps process-wide handles (its DI singletons' timers) open after the last test.
module.exports.forceExit = true;
