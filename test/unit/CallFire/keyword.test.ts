import { sendsEveryOperation } from './cases';

sendsEveryOperation('keyword');
