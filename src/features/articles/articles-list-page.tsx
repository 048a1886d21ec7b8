import { ArticlesList } from './articles-list';

/** `/articles`: every article the user may see. */
export function ArticlesListPage() {
  return <ArticlesList scope="all" />;
}

/** `/my-articles`: the same list, scoped to the signed-in author. */
export function MyArticlesPage() {
  return <ArticlesList scope="mine" />;
}
