import { sendsEveryOperation } from './cases';

sendsEveryOperation('contact');
