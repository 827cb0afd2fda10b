// Runs before every unit test file: binary data kept in memory, n8n's user folder in a
// throw-away directory, no real network, and every nock interceptor cleared.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const nock = require('nock');

process.env.N8N_DEFAULT_BINARY_DATA_MODE = 'default';
process.env.N8N_USER_FOLDER = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-telephony-unit-'));

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());
