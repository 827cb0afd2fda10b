import { sendsEveryOperation } from './cases';

sendsEveryOperation('order');
