import { sendsEveryOperation } from './cases';

sendsEveryOperation('autoReply');
