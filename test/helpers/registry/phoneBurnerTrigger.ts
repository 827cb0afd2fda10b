import type { ICredentialType, INodeType } from 'n8n-workflow';

import { PhoneBurnerTrigger } from '../../../nodes/PhoneBurner/PhoneBurnerTrigger.node';

export const nodeTypes: INodeType[] = [new PhoneBurnerTrigger()];
export const credentialTypes: ICredentialType[] = [];
