import { sendsEveryOperation } from './cases';

sendsEveryOperation('webhook');
