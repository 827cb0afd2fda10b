/** Unit tests: TypeScript through ts-jest, the vendor mocked with nock, no real network. */
module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test/unit'],
	testMatch: ['**/*.test.ts'],
	transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'test/tsconfig.json', isolatedModules: true }] },
	setupFilesAfterEnv: ['<rootDir>/test/helpers/jest.setup.js'],
	testTimeout: 30000,
};
