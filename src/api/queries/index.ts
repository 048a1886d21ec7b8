export { askedAheadFor, articleKeys, articleQueries, articleMutations, prefetchArticleFor, type RemoveResult } from './articles';
export { commentKeys, commentQueries, commentMutations, moderationKeys } from './comments';
export { taxonomyKeys, taxonomyQueries } from './taxonomy';
export { userKeys, userQueries } from './users';
export { demoKeys, demoQueries } from './demo';
export { statsKeys, statsQueries } from './stats';
