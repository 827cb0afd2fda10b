import { call } from './call';

/** The PrimeVox node's resources, one folder each (`<resource>/<operation>.ts`). */
export const resources = [call];
