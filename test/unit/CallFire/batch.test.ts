import { sendsEveryOperation } from './cases';

sendsEveryOperation('batch');
