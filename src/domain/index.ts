export * from './article';
export * from './comment';
export * from './user';
export * from './workflow';
export * from './vietnamese';
export * from './dates';
export * from './moderation';
export * from './moderation-audit';
