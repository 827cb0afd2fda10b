import { sendsEveryOperation } from './cases';

sendsEveryOperation('keywordLease');
