import type { ICredentialType, INodeType } from 'n8n-workflow';

import { PhoneBurnerApi } from '../../../credentials/PhoneBurnerApi.credentials';
import { PhoneBurnerOAuth2Api } from '../../../credentials/PhoneBurnerOAuth2Api.credentials';
import { PhoneBurner } from '../../../nodes/PhoneBurner/PhoneBurner.node';

export const nodeTypes: INodeType[] = [new PhoneBurner()];
export const credentialTypes: ICredentialType[] = [
	new PhoneBurnerApi(),
	new PhoneBurnerOAuth2Api(),
];
