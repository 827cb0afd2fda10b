import { sendsEveryOperation } from './cases';

sendsEveryOperation('callBroadcast');
