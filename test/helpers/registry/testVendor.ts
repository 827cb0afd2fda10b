import type { ICredentialType, INodeType } from 'n8n-workflow';

import { TestVendor, TestVendorApi, TestVendorTrigger } from '../testVendor';

/** The made-up vendor the shared layer's own tests run (see ../testVendor.ts). */
export const nodeTypes: INodeType[] = [new TestVendor(), new TestVendorTrigger()];
export const credentialTypes: ICredentialType[] = [new TestVendorApi()];
