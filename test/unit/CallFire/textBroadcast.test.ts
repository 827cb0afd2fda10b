import { sendsEveryOperation } from './cases';

sendsEveryOperation('textBroadcast');
