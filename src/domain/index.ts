// The word-rule engine of comment moderation is imported from '@/domain/moderation' by the pages and
// the demo that use it: re-exported here, it would travel with every screen that imports the domain.
export * from './article';
export * from './comment';
export * from './user';
export * from './workflow';
export * from './vietnamese';
export * from './dates';
export * from './moderation-audit';
export * from './safe-url';
