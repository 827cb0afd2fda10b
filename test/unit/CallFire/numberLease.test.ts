import { sendsEveryOperation } from './cases';

sendsEveryOperation('numberLease');
