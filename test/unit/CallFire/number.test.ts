import { sendsEveryOperation } from './cases';

sendsEveryOperation('number');
